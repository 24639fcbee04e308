import type { AttachedDocument } from '../../api/types';
import { errorMessage } from '../../api/problem';
import { useDownloadAttached } from './mutations';

/**
 * A PDF attached to a record, as a link to its file: downloaded with the session's token (a plain
 * link would not carry it), under the handbook's name the server gives.
 */
export function AttachedFileLink({ document: doc }: { document: AttachedDocument }) {
  const download = useDownloadAttached(doc);
  return (
    <>
      <a
        href={`/api/documents/${encodeURIComponent(doc.id)}/file`}
        onClick={(e) => {
          e.preventDefault();
          download.mutate();
        }}
        aria-busy={download.isPending || undefined}
      >
        {doc.file_name}
      </a>
      {download.error && (
        <span className="field-error" role="alert">
          {' '}
          Not downloaded: {errorMessage(download.error)}
        </span>
      )}
    </>
  );
}
