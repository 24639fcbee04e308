import type { ProgramRequest, RequestDecision } from '../../api/types';
import { formatDate, formatInstant } from '../../lib/labels';
import { useCoachAssignments } from '../enrollments/queries';
import { partLabel } from './decisionForm';
import { TOPIC_LABELS } from './requestLabels';
import { waivedPlText } from './waivedPl';

/** The decision, once made: approved or denied, by whom and when, its reason and what it set. */
export function RequestDecisionNote({ request: r }: { request: ProgramRequest }) {
  const d = r.decision;
  if (!d) return null;
  // The step that recorded it says who decided and when.
  const step = [...r.steps].reverse().find((s) => s.status === 'approved' || s.status === 'denied');
  return (
    <section aria-labelledby="request-decision" className={`alert ${d.approved ? 'alert-success' : 'alert-error'}`}>
      <h2 id="request-decision">Decision</h2>
      <p>
        <strong>{d.approved ? 'Approved' : 'Denied'}</strong>
        {step && (
          <>
            {' '}
            by {step.by.display_name} on {formatInstant(step.at)}
          </>
        )}
        .
      </p>
      <dl className="facts">
        <dt>Reason</dt>
        <dd className="prose">{d.reason}</dd>
        <Outcome request={r} decision={d} />
      </dl>
    </section>
  );
}

function Outcome({ request: r, decision: d }: { request: ProgramRequest; decision: RequestDecision }) {
  switch (r.kind) {
    case 'change_of_coach':
      return d.approved ? <NewCoach request={r} decision={d} /> : null;
    case 'extension':
      return d.approved ? (
        <>
          <dt>Outcome</dt>
          <dd>One more program year; the extension fee is added to the candidate’s payment plan.</dd>
        </>
      ) : null;
    case 'withdrawal':
      return d.approved ? (
        <>
          <dt>{partLabel(r.kind, 'effective_on')}</dt>
          <dd>{formatDate(d.effective_on)}</dd>
          <dt>Withdrawal fee</dt>
          <dd>{d.charge_withdrawal_fee ? 'Charged to the candidate' : 'Not charged'}</dd>
        </>
      ) : null;
    case 'complaint':
      return (
        <>
          <dt>{partLabel(r.kind, 'meeting_on')}</dt>
          <dd>{formatDate(d.meeting_on)}</dd>
          <dt>{partLabel(r.kind, 'plan_of_action')}</dt>
          <dd className="prose">{d.plan_of_action || '—'}</dd>
        </>
      );
    case 'doctoral_waiver':
      return d.approved ? (
        <>
          <dt>{partLabel(r.kind, 'waived_topics')}</dt>
          <dd>{(d.waived_topics ?? []).map((t) => TOPIC_LABELS[t]).join('; ') || '—'}</dd>
          <dt>{partLabel(r.kind, 'waived_pl')}</dt>
          <dd>
            {d.waived_pl?.length ? (
              <ul className="waived-pl-list">
                {d.waived_pl.map((w, i) => (
                  <li key={i}>{waivedPlText(w)}</li>
                ))}
              </ul>
            ) : (
              '—'
            )}
          </dd>
        </>
      ) : null;
  }
}

/** The new coach by name: the decision keeps only the id, the candidate's assignments say who it is. */
function NewCoach({ request: r, decision: d }: { request: ProgramRequest; decision: RequestDecision }) {
  const assignments = useCoachAssignments(r.enrollment_id).data;
  const coach = assignments?.find((a) => a.coach.id === d.new_coach_id)?.coach;
  return (
    <>
      <dt>{partLabel(r.kind, 'new_coach_id')}</dt>
      <dd>{coach ? coach.display_name : 'The new coach'}</dd>
      <dt>{partLabel(r.kind, 'effective_on')}</dt>
      <dd>{formatDate(d.effective_on)}</dd>
    </>
  );
}
