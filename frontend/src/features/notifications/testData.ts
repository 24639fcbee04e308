import type { Delivery, EmailTiming, Notification, NoticeKind, Preferences } from '../../api/types';
import { PROGRAM_ID } from '../../test/render';
import { NOTICE_KIND_GROUPS } from './notificationLabels';

export const LOG_ID = '6f1c0000-0000-0000-0000-000000000001';

/** Sofia Alvarez's coaching log of Dec 3 to acknowledge, unread. */
export function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 'n-1',
    kind: 'log_submitted',
    program_id: PROGRAM_ID,
    title: 'Coaching log of 2026-12-03 to acknowledge',
    body: 'Maya Rivera submitted the coaching log of your session on 2026-12-03. Read it and acknowledge it (or comment on it) in Coachfolio.',
    link: `/coaching-logs/${LOG_ID}`,
    created_at: '2026-12-07T18:00:00Z',
    read_at: null,
    ...overrides,
  };
}

/** A follow-up from the coordinator, read the day after. */
export const readFollowUp = notification({
  id: 'n-0',
  kind: 'follow_up',
  title: 'A message from your program coordinator',
  body: 'Please schedule your coaching sessions for December.',
  link: '/enrollments/e-1/follow-ups',
  created_at: '2026-12-01T17:00:00Z',
  read_at: '2026-12-02T08:00:00Z',
});

/** The email of that log's notification to Sofia Alvarez, waiting: the server has no SMTP. */
export function delivery(overrides: Partial<Delivery> = {}): Delivery {
  return {
    id: 'd-1',
    kind: 'log_submitted',
    recipient: 'cand.alvarez',
    created_at: '2026-12-07T18:00:00Z',
    email_status: 'pending',
    attempts: 0,
    next_attempt_at: '2026-12-07T18:00:00Z',
    last_error: null,
    sent_at: null,
    ...overrides,
  };
}

/** Every kind a person chooses for, emailed immediately unless `chosen` says otherwise. */
export function preferences(chosen: Partial<Record<NoticeKind, EmailTiming>> = {}): Preferences {
  const kinds = (Object.keys(NOTICE_KIND_GROUPS) as NoticeKind[]).filter((k) => NOTICE_KIND_GROUPS[k]);
  return {
    items: kinds.map((kind) => ({ kind, email: chosen[kind] ?? 'immediately' })),
    digests: [{ program_id: 'p1', program_name: 'Demo County CASC', hour: 7, time_zone: 'America/Los_Angeles' }],
  };
}
