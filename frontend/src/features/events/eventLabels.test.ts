import { describe, expect, it } from 'vitest';
import {
  audienceText,
  cancelReason,
  groupByMonth,
  locationText,
  myStateLabel,
  placesText,
  registrationStateLabel,
  registrationWindow,
  rosterSections,
  sentence,
} from './eventLabels';
import { COHORT_A, person, programEvent, registration } from './testData';

describe('the reader’s own registration', () => {
  it('says registered, or the place on the waitlist', () => {
    expect(myStateLabel(null)).toBeNull();
    expect(myStateLabel({ id: 'r', state: 'confirmed', version: 1, can_cancel: false })).toBe('Registered');
    expect(myStateLabel({ id: 'r', state: 'waitlisted', waitlist_position: 3, version: 1, can_cancel: false })).toBe(
      'Waitlisted — place 3',
    );
    expect(myStateLabel({ id: 'r', state: 'cancelled', version: 2, can_cancel: false })).toBe('Registration cancelled');
    expect(myStateLabel({ id: 'r', state: 'event_cancelled', version: 2, can_cancel: false })).toBe('Event cancelled');
  });

  it('names a registration’s state on its page and in the roster', () => {
    expect(registrationStateLabel(registration())).toBe('Confirmed');
    expect(registrationStateLabel(registration({ state: 'waitlisted', waitlist_position: 1 }))).toBe('Waitlisted — place 1');
    expect(registrationStateLabel(registration({ state: 'event_cancelled' }))).toBe('Event cancelled');
  });

  it('turns the API’s reasons into sentences', () => {
    expect(sentence('registration is not open yet')).toBe('Registration is not open yet.');
    expect(sentence('registration has closed; ask the program coordinator')).toBe(
      'Registration has closed; ask the program coordinator.',
    );
    expect(sentence('Already a sentence.')).toBe('Already a sentence.');
  });
});

describe('an event’s facts', () => {
  it('says the places left, full with the waitlist, or no limit', () => {
    expect(placesText(programEvent())).toBe('28 places left of 40');
    expect(placesText(programEvent({ capacity: 1, slots_used: 0, places_left: 1 }))).toBe('1 place left of 1');
    expect(placesText(programEvent({ capacity: 1, slots_used: 1, places_left: 0 }))).toBe('Full');
    expect(placesText(programEvent({ capacity: 1, slots_used: 1, places_left: 0, waitlisted: 2 }))).toBe(
      'Full · 2 on the waitlist',
    );
    expect(placesText(programEvent({ capacity: null, places_left: null, slots_used: 0 }))).toBe('No limit');
    expect(placesText(programEvent({ capacity: null, places_left: null, slots_used: 5 }))).toBe('No limit · 5 registered');
  });

  it('says who it is for', () => {
    const cohorts = [{ id: COHORT_A, label: 'Cohort A' }];
    expect(audienceText(programEvent(), cohorts, [])).toBe('Candidates · Cohort A');
    expect(audienceText(programEvent({ cohort_id: null, audience: 'both' }), cohorts, [])).toBe('Candidates and coaches');
    expect(
      audienceText(
        programEvent({ cohort_id: null, audience: 'coaches', district_id: 'd1' }),
        [],
        [{ id: 'd1', name: 'Valley Joint Unified' }],
      ),
    ).toBe('Coaches · Valley Joint Unified');
  });

  it('says when registration is open', () => {
    expect(registrationWindow(programEvent({ registration_closes_at: null }))).toBe('Open until the event starts');
    expect(registrationWindow(programEvent())).toBe('Closes Tue, Sep 22, 2026, 5:00 PM');
    expect(registrationWindow(programEvent({ registration_opens_at: '2026-08-01T08:00' }))).toBe(
      'Opens Sat, Aug 1, 2026, 8:00 AM; closes Tue, Sep 22, 2026, 5:00 PM',
    );
  });

  it('gives the coordinator’s reason for cancelling, only for a cancelled event', () => {
    expect(cancelReason(programEvent({ status: 'cancelled', cancel_reason: ' Snow day. ' }))).toBe('Snow day.');
    expect(cancelReason(programEvent({ status: 'cancelled', cancel_reason: ' ' }))).toBeNull();
    expect(cancelReason(programEvent({ status: 'cancelled', cancel_reason: null }))).toBeNull();
    expect(cancelReason(programEvent({ status: 'cancelled', cancel_reason: undefined }))).toBeNull();
    expect(cancelReason(programEvent({ status: 'scheduled', cancel_reason: 'Snow day.' }))).toBeNull();
  });

  it('names the place and room', () => {
    expect(locationText({ name: 'Demo County Office of Education', room: 'Room 101T', address: 'x' })).toBe(
      'Demo County Office of Education, Room 101T',
    );
    expect(locationText({ name: '', room: ' ', address: '' })).toBe('');
  });
});

describe('grouping', () => {
  it('groups events by month, keeping the API’s order', () => {
    const a = programEvent({ id: 'a', starts_at: '2026-09-10T08:00' });
    const b = programEvent({ id: 'b', starts_at: '2026-09-24T17:30' });
    const c = programEvent({ id: 'c', starts_at: '2026-10-03T15:30' });
    const groups = groupByMonth([a, b, c]);
    expect(groups.map((g) => [g.label, g.events.map((e) => e.id)])).toEqual([
      ['September 2026', ['a', 'b']],
      ['October 2026', ['c']],
    ]);
    expect(groupByMonth([])).toEqual([]);
  });

  it('reads the roster as confirmed in order, the waitlist by place, then the cancelled', () => {
    const r = (
      id: string,
      state: 'confirmed' | 'waitlisted' | 'cancelled' | 'event_cancelled',
      waitlist_position: number | null = null,
    ) => registration({ id, state, waitlist_position, person: person(id) });
    const roster = [
      r('ann', 'cancelled'),
      r('bob', 'confirmed'),
      r('cy', 'waitlisted', 2),
      r('di', 'confirmed'),
      r('ed', 'waitlisted', 1),
    ];
    const { confirmed, waitlisted, cancelled } = rosterSections(roster);
    expect(confirmed.map((x) => x.id)).toEqual(['bob', 'di']);
    expect(waitlisted.map((x) => x.id)).toEqual(['ed', 'cy']);
    expect(cancelled.map((x) => x.id)).toEqual(['ann']);
  });
});
