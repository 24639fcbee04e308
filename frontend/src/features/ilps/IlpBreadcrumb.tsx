import { Link } from 'react-router';
import type { UserRef } from '../../api/types';
import { useApp } from '../../lib/context';

/** Where a candidate's plans are listed: their own "My ILPs", or the enrollment's for the others. */
export function useIlpsLink(enrollmentId: string, candidate: UserRef): { to: string; label: string } {
  const { me } = useApp();
  return candidate.id === me.user.id
    ? { to: '/my/ilps', label: 'My ILPs' }
    : { to: `/enrollments/${enrollmentId}/ilps`, label: `ILPs of ${candidate.display_name}` };
}

/** Back to the list of the candidate's plans. */
export function IlpBreadcrumb({ enrollmentId, candidate, here }: { enrollmentId: string; candidate: UserRef; here: string }) {
  const link = useIlpsLink(enrollmentId, candidate);
  return (
    <p className="breadcrumb">
      <Link to={link.to}>{link.label}</Link> / {here}
    </p>
  );
}
