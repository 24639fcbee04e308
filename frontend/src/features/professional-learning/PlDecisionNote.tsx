import type { ProfessionalLearning } from '../../api/types';
import { formatInstant } from '../../lib/labels';

/** The coordinator's decision and its reason, once approved or denied. */
export function PlDecisionNote({ pl }: { pl: ProfessionalLearning }) {
  if (pl.status !== 'approved' && pl.status !== 'denied') return null;
  const who = pl.decided_by ? ` by ${pl.decided_by.display_name}` : '';
  const when = pl.decided_at ? ` on ${formatInstant(pl.decided_at)}` : '';
  return (
    <div className={`alert ${pl.status === 'approved' ? 'alert-success' : 'alert-error'}`} role="note">
      <p>
        <strong>{pl.status === 'approved' ? 'Approved' : 'Denied'}</strong>
        {who}
        {when}.
      </p>
      {pl.decision_reason && (
        <p>
          Reason: <span className="prose">{pl.decision_reason}</span>
        </p>
      )}
      {pl.status === 'denied' && pl.can.edit && <p>Correct it and submit it again.</p>}
    </div>
  );
}
