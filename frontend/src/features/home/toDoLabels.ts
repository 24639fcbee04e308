import type { ToDo, ToDoKind } from '../../api/types';

/** Each kind of thing to do, as the home's list names it. */
export const TO_DO_LABELS: Record<ToDoKind, string> = {
  acknowledge_log: 'Acknowledge a coaching log',
  log_returned: 'Revise a returned coaching log',
  awaiting_acknowledgement: 'Coaching logs waiting for acknowledgement',
  reflection_due: 'Submit a reflection',
  ilp_steps_due: 'ILP action steps due',
  application_to_practice: 'Submit the Application to Practice',
  register_for_event: 'Register for a required meeting',
  installments_due: 'Installments due',
  logs_this_month: 'Coaching this month below the monthly minimum',
  coaching_hours_behind: 'Coaching hours behind pace',
  completion_items_missing: 'Completion items not met',
  confirm_completion: 'Confirm completion items',
  sign_completion: 'Sign the Program Completion Verification',
  approve_professional_learning: 'Approve professional learning',
  decide_requests: 'Decide requests',
  follow_up: 'A follow-up from the program',
  follow_ups_open: 'Follow-ups still open',
  review_portfolio: 'Mark the e-portfolio reviewed',
};

/** The page where an item is done, from its kind and the ids it carries. */
export function toDoPath({ kind, enrollment_id: enrollment, record_id: record }: ToDo): string {
  switch (kind) {
    case 'acknowledge_log':
    case 'log_returned':
      return `/coaching-logs/${record}`;
    case 'awaiting_acknowledgement':
      return `/enrollments/${enrollment}/coaching-logs`;
    case 'reflection_due':
      return `/enrollments/${enrollment}/reflections`;
    case 'ilp_steps_due':
      return `/ilps/${record}`;
    case 'application_to_practice':
      return `/enrollments/${enrollment}/application-to-practice`;
    case 'register_for_event':
      return `/events/${record}`;
    case 'installments_due':
      return `/enrollments/${enrollment}/fees`;
    case 'logs_this_month':
    case 'coaching_hours_behind':
      return `/enrollments/${enrollment}/hours`;
    case 'completion_items_missing':
      return `/enrollments/${enrollment}/completion`;
    case 'confirm_completion':
    case 'sign_completion':
      // More than ten candidates asking the same are one item without an enrollment.
      return enrollment ? `/enrollments/${enrollment}/completion` : '/portfolio-review';
    case 'follow_up':
      return `/enrollments/${enrollment}/follow-ups`;
    case 'follow_ups_open':
      return '/portfolio-review';
    case 'review_portfolio':
      return `/enrollments/${enrollment}/documents`;
    case 'approve_professional_learning':
      return '/professional-learning';
    case 'decide_requests':
      return '/requests';
  }
}

/** An item's title: what to do, then whose enrollment it is about when it is someone else's ("… — Lily Chen"). */
export function toDoTitle(item: ToDo): string {
  const label = TO_DO_LABELS[item.kind] ?? item.kind;
  return item.candidate ? `${label} — ${item.candidate.display_name}` : label;
}
