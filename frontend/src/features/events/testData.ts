import type { ProgramEvent, Registration } from '../../api/types';
import { PROGRAM_ID } from '../../test/render';

export const EVENT_ID = 'evvvvvvv-0000-0000-0000-000000000001';
export const REGISTRATION_ID = 'rrrrrrrr-0000-0000-0000-000000000001';
export const COHORT_A = 'cccccccc-0000-0000-0000-00000000000a';

export const LOCATION = {
  name: 'Demo County Office of Education',
  room: 'Room 101T & 274',
  address: '1177 Van Ness Ave., Fresno, CA 93721',
};

export const person = (name: string, username = name.toLowerCase().replace(/ /g, '.')) => ({
  id: `id-${username}`,
  username,
  email: `${username}@example.org`,
  display_name: name,
});

/** A cohort meeting as the API answers it to a candidate of Cohort A who may register. */
export function programEvent(overrides: Partial<ProgramEvent> = {}): ProgramEvent {
  return {
    id: EVENT_ID,
    program_id: PROGRAM_ID,
    kind: 'cohort_meeting',
    title: 'Candidate Cohort Meeting',
    description: '',
    cohort_id: COHORT_A,
    district_id: null,
    audience: 'candidates',
    location: LOCATION,
    starts_at: '2026-09-24T17:30',
    ends_at: '2026-09-24T20:00',
    time_zone: 'America/Los_Angeles',
    capacity: 40,
    registration_opens_at: null,
    registration_closes_at: '2026-09-22T17:00',
    credited_minutes: 150,
    status: 'scheduled',
    cancelled_at: null,
    cancel_reason: null,
    slots_used: 12,
    waitlisted: 0,
    places_left: 28,
    my_registration: null,
    registration_closed_because: null,
    version: 1,
    can: { edit: false, copy: false, register: true, register_others: false, read_roster: false },
    ...overrides,
  };
}

/** Sofia Alvarez's own registration, confirmed. */
export function registration(overrides: Partial<Registration> = {}): Registration {
  const sofia = person('Sofia Alvarez', 'cand.alvarez');
  return {
    id: REGISTRATION_ID,
    event_id: EVENT_ID,
    event_title: 'Candidate Cohort Meeting',
    event_starts_at: '2026-09-24T17:30',
    event_ends_at: '2026-09-24T20:00',
    time_zone: 'America/Los_Angeles',
    location: LOCATION,
    person: sofia,
    state: 'confirmed',
    slots_used: 1,
    waitlist_position: null,
    registered_by: sofia,
    registered_at: '2026-09-01T16:00:00Z',
    updated_at: '2026-09-01T16:00:00Z',
    promoted_at: null,
    cancelled_at: null,
    cancelled_by: null,
    version: 1,
    can: { cancel: true },
    ...overrides,
  };
}
