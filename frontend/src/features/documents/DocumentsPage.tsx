import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DocumentKind, Enrollment, PortfolioDocument } from '../../api/types';
import { Notice, QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { useEnrollment } from '../enrollments/queries';
import { AnnualReviews } from '../portfolio/AnnualReviews';
import { PortfolioContents } from '../portfolio/PortfolioContents';
import { DocumentCard } from './DocumentCard';
import { groupByKind, kindsPresent } from './documentGroups';
import { KIND_LABELS } from './documentLabels';
import { useDocuments } from './queries';
import { UploadForm } from './UploadForm';
import './documents.css';

/**
 * `/enrollments/:id/documents`: the candidate's e-portfolio: its table of contents (each section's
 * state and where it is), its annual review, then the PDF documents uploaded to it.
 */
export function EnrollmentDocuments() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  const { me } = useApp();
  return (
    <QueryView query={enrollment} what="Loading the enrollment">
      {(e) => {
        const own = e.candidate.id === me.user.id;
        return (
          <>
            <p className="breadcrumb">
              {own ? <Link to="/">Home</Link> : <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link>} / E-portfolio
            </p>
            <h1>{own ? 'My e-portfolio' : `E-portfolio of ${e.candidate.display_name}`}</h1>
            <nav className="actions" aria-label="Records of the e-portfolio">
              <Link to={`/enrollments/${e.id}/professional-learning`}>Professional learning</Link>
              {e.can.read_records && <Link to={`/enrollments/${e.id}/job-shadows-and-visits`}>Job shadow or school visit</Link>}
            </nav>
            <PortfolioContents enrollment={e} />
            <AnnualReviews enrollment={e} />
            <Portfolio enrollment={e} />
          </>
        );
      }}
    </QueryView>
  );
}

function Portfolio({ enrollment: e }: { enrollment: Enrollment }) {
  const documents = useDocuments(e.id);
  const [uploading, setUploading] = useState(false);
  const [uploaded, setUploaded] = useState<PortfolioDocument | null>(null);
  return (
    <>
      {uploaded && <Notice>“{uploaded.title}” is in the e-portfolio.</Notice>}
      {e.can.upload_document &&
        (uploading ? (
          <>
            <UploadForm enrollmentId={e.id} onUploaded={setUploaded} />
            <p>
              <button type="button" className="secondary" onClick={() => setUploading(false)}>
                Close the upload form
              </button>
            </p>
          </>
        ) : (
          <p>
            <button
              type="button"
              onClick={() => {
                setUploaded(null);
                setUploading(true);
              }}
            >
              Upload a document
            </button>
          </p>
        ))}
      <QueryView query={documents} what="Loading the documents">
        {(all) => <DocumentList documents={all} />}
      </QueryView>
    </>
  );
}

export function DocumentList({ documents }: { documents: PortfolioDocument[] }) {
  const [kind, setKind] = useState<DocumentKind | ''>('');
  if (!documents.length) return <p>No documents yet.</p>;
  const kinds = kindsPresent(documents);
  const shown = kinds.includes(kind as DocumentKind) ? kind : '';
  const groups = groupByKind(documents, shown);
  return (
    <>
      <div className="toolbar">
        <label>
          Type{' '}
          <select value={shown} onChange={(ev) => setKind(ev.target.value as DocumentKind | '')}>
            <option value="">All types ({documents.length})</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]} ({documents.filter((d) => d.kind === k).length})
              </option>
            ))}
          </select>
        </label>
      </div>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`kind-${g.kind}`}>
          <h2 id={`kind-${g.kind}`}>{KIND_LABELS[g.kind]}</h2>
          <div className="document-list">
            {g.documents.map((d) => (
              <DocumentCard key={d.id} document={d} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
