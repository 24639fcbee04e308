import { Link } from 'react-router';
import { QueryView } from '../../components/ui';
import { PlProgress } from './PlProgress';
import { usePlHours } from './queries';

/** The candidate's PL hours this year and in total, for the home screen, with the way to the records. */
export function PlSummary({ enrollmentId }: { enrollmentId: string }) {
  const hours = usePlHours(enrollmentId);
  return (
    <>
      <QueryView query={hours} what="Loading your PL hours">
        {(h) => <PlProgress ledger={h.ledger} years="current" />}
      </QueryView>
      <p>
        <Link to={`/enrollments/${enrollmentId}/professional-learning`}>My professional learning</Link> ·{' '}
        <Link to={`/enrollments/${enrollmentId}/job-shadows-and-visits`}>My job shadow or school visit</Link>
      </p>
    </>
  );
}
