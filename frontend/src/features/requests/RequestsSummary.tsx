import { Link } from 'react-router';
import { QueryView } from '../../components/ui';
import { isOpen, KIND_LABELS } from './requestLabels';
import { RequestStatusBadge } from './RequestStatusBadge';
import { useEnrollmentRequests } from './queries';

/** The candidate's open requests on their home screen, with the way to all of them and to a new one. */
export function RequestsSummary({ enrollmentId }: { enrollmentId: string }) {
  const requests = useEnrollmentRequests(enrollmentId);
  return (
    <>
      <QueryView query={requests} what="Loading your requests">
        {(all) => {
          const open = all.filter((r) => isOpen(r.status));
          return open.length === 0 ? (
            <p>No open requests.</p>
          ) : (
            <ul>
              {open.map((r) => (
                <li key={r.id}>
                  <Link to={`/requests/${r.id}`}>{KIND_LABELS[r.kind]}</Link> <RequestStatusBadge status={r.status} />
                </li>
              ))}
            </ul>
          );
        }}
      </QueryView>
      <p>
        <Link to={`/enrollments/${enrollmentId}/requests`}>My requests</Link>
      </p>
    </>
  );
}
