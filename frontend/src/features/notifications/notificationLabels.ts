import type { EmailStatus, EmailTiming, NoticeKind } from '../../api/types';

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
  // Email only (their link is a secret): the delivery log names them, no notification list shows them.
  invitation: 'Invitation to choose a password',
  password_reset: 'Link to choose a new password',
};

/** Where a notification's email stands; in the delivery log's filter in this order, the passing "sending" last. */
export const EMAIL_STATUS_LABELS: Record<EmailStatus, string> = {
  pending: 'Pending',
  sent: 'Sent',
  failed: 'Failed',
  expired: 'Expired',
  digest: 'Waiting for the daily digest',
  skipped: 'Not sent (turned off)',
  sending: 'Sending',
};

/** How a kind of notification is emailed, as the email settings offer it. */
export const EMAIL_TIMING_LABELS: Record<EmailTiming, string> = {
  immediately: 'Immediately',
  daily_digest: 'In the daily digest',
  off: 'Off',
};

/** The email settings' groups of kinds, in the order the page shows them. */
export const EMAIL_SETTING_GROUPS = ['Coaching logs', 'Requests and professional learning', 'Events', 'Follow-ups and completion'] as const;

/** The group each kind is chosen in; none for account emails, which are always sent. */
export const NOTICE_KIND_GROUPS: Record<NoticeKind, (typeof EMAIL_SETTING_GROUPS)[number] | null> = {
  log_submitted: 'Coaching logs',
  log_returned: 'Coaching logs',
  log_acknowledged: 'Coaching logs',
  request_submitted: 'Requests and professional learning',
  request_decided: 'Requests and professional learning',
  request_closed: 'Requests and professional learning',
  pl_decided: 'Requests and professional learning',
  registered: 'Events',
  registration_promoted: 'Events',
  event_changed: 'Events',
  event_cancelled: 'Events',
  follow_up: 'Follow-ups and completion',
  completion_signature_asked: 'Follow-ups and completion',
  roster_submitted: 'Follow-ups and completion',
  invitation: null,
  password_reset: null,
};
