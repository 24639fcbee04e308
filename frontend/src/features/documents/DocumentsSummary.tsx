import { Link } from 'react-router';
import { QueryView } from '../../components/ui';
import { formatDate } from '../../lib/labels';
import { latest } from './documentGroups';
import { KIND_LABELS } from './documentLabels';
import { useDocuments } from './queries';

/** The latest few documents of the e-portfolio, for the candidate's home. */
export function DocumentsSummary({ enrollmentId, count = 3 }: { enrollmentId: string; count?: number }) {
  const documents = useDocuments(enrollmentId);
  return (
    <>
      <QueryView query={documents} what="Loading your documents">
        {(all) =>
          all.length === 0 ? (
            <p>No documents yet.</p>
          ) : (
            <ul className="documents-summary">
              {latest(all, count).map((d) => (
                <li key={d.id}>
                  <strong>{d.title}</strong> · {KIND_LABELS[d.kind] ?? d.kind} · {formatDate(d.activity_date)}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <p>
        <Link to={`/enrollments/${enrollmentId}/documents`}>My e-portfolio</Link>
      </p>
    </>
  );
}
