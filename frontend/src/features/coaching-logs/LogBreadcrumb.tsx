import { Link } from 'react-router';
import type { CoachingLog } from '../../api/types';
import { useApp } from '../../lib/context';

/** Back to the candidate's list of logs (their own list, for the candidate). */
export function LogBreadcrumb({ log, here }: { log: CoachingLog; here: string }) {
  const { me } = useApp();
  return (
    <p className="breadcrumb">
      {log.candidate.id === me.user.id ? (
        <Link to="/my/coaching-logs">My coaching logs</Link>
      ) : (
        <Link to={`/enrollments/${log.enrollment_id}/coaching-logs`}>Coaching logs of {log.candidate.display_name}</Link>
      )}{' '}
      / {here}
    </p>
  );
}
