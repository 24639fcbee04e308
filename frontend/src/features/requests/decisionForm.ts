import { formProblem, type FormProblem } from '../../api/problem';
import type { ProgramRequest, RequestDecision, RequestKind, WaivableTopic } from '../../api/types';
import { messagesByActivity, waivedPlBody, waivedPlFields, type WaivedPlDraft } from './waivedPl';

/** What the Decide form holds: approve or deny, the reason, and the kind's own answers as typed. */
export interface DecisionDraft {
  verdict: 'approve' | 'deny' | '';
  reason: string;
  new_coach_id: string;
  effective_on: string;
  charge_withdrawal_fee: boolean;
  meeting_on: string;
  plan_of_action: string;
  waived_topics: WaivableTopic[];
  waived_pl: WaivedPlDraft[];
}

/** The decision's own fields, beside `approved` and `reason`. */
export type DecisionPart =
  | 'new_coach_id'
  | 'effective_on'
  | 'charge_withdrawal_fee'
  | 'meeting_on'
  | 'plan_of_action'
  | 'waived_topics'
  | 'waived_pl';

/** Every name the form may show, so the server's errors land beside them. */
export const DECISION_FIELDS = [
  'approved',
  'reason',
  'new_coach_id',
  'effective_on',
  'charge_withdrawal_fee',
  'meeting_on',
  'plan_of_action',
  'waived_topics',
  'waived_pl',
] as const;

/** The labels of the decision's fields, by kind where one name means two things (a coach's first day, a last day). */
export function partLabel(kind: RequestKind, part: DecisionPart): string {
  switch (part) {
    case 'new_coach_id':
      return 'New coach';
    case 'effective_on':
      return kind === 'withdrawal' ? 'Last day in the program' : 'New coach starts on';
    case 'charge_withdrawal_fee':
      return 'Charge the withdrawal fee';
    case 'meeting_on':
      return 'Date of meeting with candidate and program coordinator';
    case 'plan_of_action':
      return 'Plan of action';
    case 'waived_topics':
      return 'Topics waived';
    case 'waived_pl':
      return 'Professional learning waived';
  }
}

/**
 * What a decision on `kind` records besides its reason, as the API takes it: an approval of a
 * change of coach names the coach and the day; of a withdrawal the last day and the fee; of a
 * waiver the topics and the PL activities they waive; a complaint's meeting and plan of action
 * go with either decision. Nothing else is sent (the API refuses fields of another kind).
 */
export function decisionParts(kind: RequestKind, verdict: DecisionDraft['verdict']): DecisionPart[] {
  if (kind === 'complaint') return verdict ? ['meeting_on', 'plan_of_action'] : [];
  if (verdict !== 'approve') return [];
  switch (kind) {
    case 'change_of_coach':
      return ['new_coach_id', 'effective_on'];
    case 'withdrawal':
      return ['effective_on', 'charge_withdrawal_fee'];
    case 'doctoral_waiver':
      return ['waived_topics', 'waived_pl'];
    default:
      return [];
  }
}

/** A blank decision; a withdrawal's last day starts as the one the candidate gave. */
export function emptyDecision(request: ProgramRequest): DecisionDraft {
  const lastDay = request.form.kind === 'withdrawal' ? (request.form.last_day ?? '') : '';
  return {
    verdict: '',
    reason: '',
    new_coach_id: '',
    effective_on: lastDay,
    charge_withdrawal_fee: false,
    meeting_on: '',
    plan_of_action: '',
    waived_topics: [],
    waived_pl: [],
  };
}

/**
 * The decision's body, or the messages beside the approve/deny choice when none is made and
 * beside hours that are not a number. Empty dates go as null, which the server names as missing
 * beside their field.
 */
export function decisionBody(kind: RequestKind, d: DecisionDraft): { body: RequestDecision } | { errors: Record<string, string> } {
  if (!d.verdict) return { errors: { approved: 'Choose whether to approve or deny the request.' } };
  const body: RequestDecision = { approved: d.verdict === 'approve', reason: d.reason.trim() };
  for (const part of decisionParts(kind, d.verdict)) {
    switch (part) {
      case 'new_coach_id':
      case 'effective_on':
      case 'meeting_on':
        body[part] = d[part] || null;
        break;
      case 'charge_withdrawal_fee':
        body.charge_withdrawal_fee = d.charge_withdrawal_fee;
        break;
      case 'plan_of_action':
        body.plan_of_action = d.plan_of_action.trim();
        break;
      case 'waived_topics':
        body.waived_topics = d.waived_topics;
        break;
      case 'waived_pl': {
        const waived = waivedPlBody(d.waived_pl);
        if ('errors' in waived) return waived;
        body.waived_pl = waived.waived_pl;
        break;
      }
    }
  }
  return { body };
}

/**
 * What the server refused, beside the form's fields; `sent` are the waived activities of the
 * decision sent, which the server names by their place in it.
 */
export function decisionProblem(err: unknown, sent: readonly WaivedPlDraft[]): FormProblem {
  const p = formProblem(err, [...DECISION_FIELDS, ...waivedPlFields(sent)]);
  return { ...p, fields: messagesByActivity(p.fields, sent) };
}
