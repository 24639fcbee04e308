import type { EmailStatus, NoticeKind } from '../../api/types';

/** What a notification is about, as the lists name it. */
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  log_submitted: 'Coaching log to acknowledge',
  log_returned: 'Coaching log returned',
  log_acknowledged: 'Coaching log acknowledged',
  follow_up: 'Follow-up',
  completion_signature_asked: 'Completion form to sign',
  roster_submitted: 'Completion roster submitted',
  request_submitted: 'Request to decide',
  request_decided: 'Request decided',
  request_closed: 'Request closed',
  pl_decided: 'Professional learning decided',
  registered: 'Registered for an event',
  registration_promoted: 'Moved off the waitlist',
  event_changed: 'Event changed',
  event_cancelled: 'Event cancelled',
};

/** Where a notification's email stands; in the delivery log's filter in this order, the passing "sending" last. */
export const EMAIL_STATUS_LABELS: Record<EmailStatus, string> = {
  pending: 'Pending',
  sent: 'Sent',
  failed: 'Failed',
  expired: 'Expired',
  sending: 'Sending',
};
