import { Link } from 'react-router';
import { QueryView } from '../../components/ui';
import { useReflectionTerms } from './queries';
import { TermProgress } from './TermProgress';

/** The candidate's home: each term's status and percent complete, and the way to the reflections. */
export function ReflectionSummary({ enrollmentId }: { enrollmentId: string }) {
  const terms = useReflectionTerms(enrollmentId);
  return (
    <>
      <QueryView query={terms} what="Loading your reflections">
        {(list) => (
          <div className="progress-list">
            {list.map((t) => (
              <TermProgress key={t.term} term={t} />
            ))}
          </div>
        )}
      </QueryView>
      <p>
        <Link to={`/enrollments/${enrollmentId}/reflections`}>My reflections</Link> ·{' '}
        <Link to={`/enrollments/${enrollmentId}/growth`}>My growth</Link>
      </p>
    </>
  );
}
