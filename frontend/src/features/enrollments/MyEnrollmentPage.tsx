import { Navigate } from 'react-router';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { useMyEnrollments } from './queries';

/**
 * `/my/…`: sends the candidate to their own enrollment's page (`/enrollments/:id/<page>`) in the
 * program selected, or says they are not enrolled in it.
 */
export function MyEnrollmentPage({ title, page }: { title: string; page: string }) {
  const { programId } = useApp();
  const query = useMyEnrollments();
  return (
    <QueryView query={query} what="Loading your enrollment">
      {(all) => {
        const mine = all.find((e) => !programId || e.program_id === programId);
        if (!mine) {
          return (
            <>
              <h1>{title}</h1>
              <p>You are not enrolled in this program.</p>
            </>
          );
        }
        return <Navigate to={`/enrollments/${mine.id}/${page}`} replace />;
      }}
    </QueryView>
  );
}
