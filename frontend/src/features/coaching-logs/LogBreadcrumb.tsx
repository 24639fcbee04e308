import { Link } from 'react-router';
import type { CoachingLog } from '../../api/types';
import { useApp } from '../../lib/context';

/**
 * How the signed-in user relates to a log, for the links around it (what they may do with it
 * is the log's `can`).
 */
export function useLogRoles(log: CoachingLog) {
  const app = useApp();
  const roles = app.me.memberships.filter((m) => m.program_id === log.program_id).map((m) => m.role);
  const me = app.me.user.id;
  return {
    isCoach: log.coach.id === me,
    isCandidate: log.candidate.id === me,
    staff: app.isAdmin || roles.includes('coordinator') || roles.includes('director'),
  };
}

/** Back to the candidate's list of logs (their own list, for the candidate). */
export function LogBreadcrumb({ log, here }: { log: CoachingLog; here: string }) {
  const { isCandidate } = useLogRoles(log);
  return (
    <p className="breadcrumb">
      {isCandidate ? (
        <Link to="/my/coaching-logs">My coaching logs</Link>
      ) : (
        <Link to={`/enrollments/${log.enrollment_id}/coaching-logs`}>Coaching logs of {log.candidate.display_name}</Link>
      )}{' '}
      / {here}
    </p>
  );
}
