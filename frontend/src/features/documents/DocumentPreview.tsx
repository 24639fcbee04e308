import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PortfolioDocument } from '../../api/types';
import { QueryView } from '../../components/ui';
import { fetchDocumentFile } from './mutations';

/** The PDF as an address the browser's viewer can open; the address is freed when the preview closes. */
function usePdfUrl(documentId: string, version: number) {
  const query = useQuery({
    queryKey: ['document', documentId, 'file', version],
    queryFn: async () => {
      const { blob } = await fetchDocumentFile(documentId, version);
      return URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
    },
    staleTime: Infinity,
    gcTime: 0,
  });
  const url = query.data;
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return query;
}

/** The current version in the browser's PDF viewer, with a way to open it in a tab of its own. */
export function DocumentPreview({ document: doc, onClose }: { document: PortfolioDocument; onClose: () => void }) {
  const url = usePdfUrl(doc.id, doc.current.number);
  return (
    <div className="document-preview">
      <QueryView query={url} what="Loading the PDF">
        {(href) => (
          <>
            <iframe src={href} title={`Preview of ${doc.title}`} />
            <p className="actions">
              <a href={href} target="_blank" rel="noreferrer">
                Open in a new tab
              </a>
              <button type="button" className="secondary" onClick={onClose}>
                Close preview
              </button>
            </p>
          </>
        )}
      </QueryView>
    </div>
  );
}
