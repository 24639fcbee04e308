import { Navigate } from 'react-router';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { useMyEnrollments } from '../enrollments/queries';

/** `/my/documents`: the candidate's own e-portfolio, in the program selected. */
export function MyDocuments() {
  const { programId } = useApp();
  const query = useMyEnrollments();
  return (
    <QueryView query={query} what="Loading your enrollment">
      {(all) => {
        const mine = all.find((e) => !programId || e.program_id === programId);
        if (!mine) {
          return (
            <>
              <h1>My e-portfolio</h1>
              <p>You are not enrolled in this program.</p>
            </>
          );
        }
        return <Navigate to={`/enrollments/${mine.id}/documents`} replace />;
      }}
    </QueryView>
  );
}
