import type { Decider, DoctoralDegree, ExtensionReason, RequestKind, RequestStatus, WaivableTopic } from '../../api/types';

/** What a request is, as a list names it. */
export const KIND_LABELS: Record<RequestKind, string> = {
  change_of_coach: 'Change of coach',
  extension: 'Extension',
  withdrawal: 'Withdrawal',
  complaint: 'Complaint',
  doctoral_waiver: 'Doctoral waiver',
};

/** The handbook's name of each form, the request page's title. */
export const FORM_TITLES: Record<RequestKind, string> = {
  change_of_coach: 'Request for Change in Coach',
  extension: 'Program Extension Request',
  withdrawal: 'Withdrawal Request',
  complaint: 'Complaint Procedure Form',
  doctoral_waiver: 'Doctoral Waiver Form',
};

/** What the handbook says of each request before its form, shown when choosing one. */
export const KIND_NOTES: Record<RequestKind, string> = {
  change_of_coach:
    'After you have told the program coordinator your concerns about the coaching process and the coordinator has tried to resolve them with you and your coach. A new coach will be assigned if the issue is not resolved.',
  extension:
    'Granted only under extreme circumstances, by the program director, one year at a time. Each year beyond the initial two years adds the extension fee to your plan; any and all costs of an extension are the candidate’s.',
  withdrawal:
    'Any and all costs associated with a withdrawal are the responsibility of the candidate and may require an additional payment.',
  complaint:
    'The program coordinator investigates it; a meeting is held with you and a mutually agreed upon plan of action is developed and implemented.',
  doctoral_waiver:
    'For a PhD or EdD in Educational Leadership or Administration from a regionally accredited program (coursework without the dissertation does not qualify). Bring your transcripts and course catalogue to the meeting.',
};

export const STATUS_LABELS: Record<RequestStatus, string> = {
  submitted: 'Submitted',
  under_review: 'Under review',
  approved: 'Approved',
  denied: 'Denied',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** Who decides a kind of request, as the handbook names them. */
export const DECIDER_LABELS: Record<Decider, string> = {
  director: 'Program director',
  coordinator: 'Program coordinator',
};

/** The extreme circumstances for which the handbook grants an extension. */
export const EXTENSION_REASON_LABELS: Record<ExtensionReason, string> = {
  personal_or_family_illness: 'Personal or family illness',
  personal_or_family_crisis: 'Personal or family crisis',
  death_in_family: 'Death in family',
  maternity_or_family_leave: 'Maternity or family leave',
};

export const DEGREE_LABELS: Record<DoctoralDegree, string> = {
  phd: 'PhD',
  edd: 'EdD',
};

/** The professional-learning topics a doctorate may waive, in the waiver form's words and order. */
export const TOPIC_LABELS: Record<WaivableTopic, string> = {
  human_resources: 'Human Resources',
  legal_and_ethical_issues: 'Legal & Ethical Issues',
  curriculum_and_instructional_leadership: 'Curriculum & Instructional Leadership',
  finance_and_budget: 'Finance & Budget',
};

export const REQUEST_KINDS = Object.keys(KIND_LABELS) as RequestKind[];
export const REQUEST_STATUSES = Object.keys(STATUS_LABELS) as RequestStatus[];

/** Open requests still wait for a decision: only one of a kind at a time. */
export function isOpen(status: RequestStatus): boolean {
  return status === 'submitted' || status === 'under_review';
}
