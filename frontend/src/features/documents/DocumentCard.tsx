import { useState } from 'react';
import type { DocumentVersion, PortfolioDocument } from '../../api/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorBox } from '../../components/ui';
import { formatDate, formatInstant } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { DocumentPreview } from './DocumentPreview';
import { KIND_LABELS, formatSize } from './documentLabels';
import { useDeleteDocument, useDownloadDocument } from './mutations';
import { NewVersionForm } from './NewVersionForm';

function uploaded(v: DocumentVersion): string {
  return `${v.uploaded_by.display_name}, ${formatInstant(v.uploaded_at)}`;
}

/** One document of the e-portfolio: what it is, its current version, and what may be done with it. */
export function DocumentCard({ document: doc }: { document: PortfolioDocument }) {
  const [open, setOpen] = useState<'preview' | 'version' | null>(null);
  const download = useDownloadDocument(doc);
  const remove = useDeleteDocument(doc);
  const headingId = `doc-${doc.id}`;
  const earlier = doc.versions.filter((v) => v.number !== doc.current.number);
  const toggle = (what: 'preview' | 'version') => setOpen((o) => (o === what ? null : what));

  return (
    <article className="card document-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{doc.title}</h3>
      <dl className="facts">
        <dt>Type</dt>
        <dd>{KIND_LABELS[doc.kind] ?? doc.kind}</dd>
        <dt>Activity date</dt>
        <dd>{formatDate(doc.activity_date)}</dd>
        {typeof doc.minutes === 'number' && (
          <>
            <dt>PL hours</dt>
            <dd>{formatMinutes(doc.minutes)}</dd>
          </>
        )}
        <dt>Version</dt>
        <dd>
          Version {doc.current.number} · {formatSize(doc.current.size_bytes)}
        </dd>
        <dt>Uploaded</dt>
        <dd>{uploaded(doc.current)}</dd>
      </dl>
      <div className="actions">
        <button type="button" disabled={download.isPending} onClick={() => download.mutate(undefined)}>
          Download<span className="visually-hidden"> {doc.title}</span>
        </button>
        <button type="button" className="secondary" aria-expanded={open === 'preview'} onClick={() => toggle('preview')}>
          Preview<span className="visually-hidden"> {doc.title}</span>
        </button>
        {doc.can.replace && (
          <button type="button" className="secondary" aria-expanded={open === 'version'} onClick={() => toggle('version')}>
            Upload a new version<span className="visually-hidden"> of {doc.title}</span>
          </button>
        )}
        {doc.can.delete && (
          <ConfirmButton
            label="Delete"
            name={`Delete ${doc.title}`}
            question="Delete this document and all its versions?"
            confirm="Delete document"
            busy={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        )}
      </div>
      {download.error && <ErrorBox error={download.error} />}
      {remove.error && <ErrorBox error={remove.error} />}
      {open === 'preview' && <DocumentPreview document={doc} onClose={() => setOpen(null)} />}
      {open === 'version' && <NewVersionForm document={doc} onDone={() => setOpen(null)} />}
      {earlier.length > 0 && (
        <details className="earlier-versions">
          <summary>Earlier versions ({earlier.length})</summary>
          <ul>
            {earlier.map((v) => (
              <li key={v.number}>
                Version {v.number} · {formatSize(v.size_bytes)} · {uploaded(v)}{' '}
                <button type="button" className="link" disabled={download.isPending} onClick={() => download.mutate(v.number)}>
                  Download<span className="visually-hidden"> version {v.number}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
