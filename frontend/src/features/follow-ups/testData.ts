import type { FollowUp } from '../../api/types';
import { casey } from '../completion/testData';
import { ENROLLMENT_ID, sofia } from '../documents/testData';

export { ENROLLMENT_ID, casey, sofia };

export const FOLLOW_UP_ID = 'ffffffff-0000-0000-0000-000000000001';

/** A follow-up the coordinator sent Sofia Alvarez about her coaching hours, still open; the coordinator may resolve it. */
export function followUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: FOLLOW_UP_ID,
    enrollment_id: ENROLLMENT_ID,
    candidate: sofia,
    flags: ['hours_behind_pace'],
    message: 'Please schedule your coaching sessions for December.',
    status: 'open',
    created_by: casey,
    created_at: '2026-12-01T17:00:00Z',
    resolved_by: null,
    resolved_at: null,
    resolution: null,
    version: 1,
    can: { resolve: true, reopen: false },
    ...overrides,
  };
}

/** The same follow-up once the coordinator resolved it with `note`; the coordinator may reopen it. */
export function resolved(note: string | null = 'Two sessions booked.', overrides: Partial<FollowUp> = {}): FollowUp {
  return followUp({
    status: 'resolved',
    resolved_by: casey,
    resolved_at: '2026-12-05T18:00:00Z',
    resolution: note,
    version: 2,
    can: { resolve: false, reopen: true },
    ...overrides,
  });
}
