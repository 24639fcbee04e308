import { Link } from 'react-router';
import type { UserRef } from '../../api/types';
import { useIsCandidate } from '../reflections/useIsCandidate';

/** Back to the candidate's professional learning: "My professional learning", or theirs for the others. */
export function PlBreadcrumb({ enrollmentId, candidate, here }: { enrollmentId: string; candidate: UserRef; here: string }) {
  const own = useIsCandidate(candidate.id);
  return (
    <p className="breadcrumb">
      <Link to={`/enrollments/${enrollmentId}/professional-learning`}>
        {own ? 'My professional learning' : `Professional learning of ${candidate.display_name}`}
      </Link>{' '}
      / {here}
    </p>
  );
}
