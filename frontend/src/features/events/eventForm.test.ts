import { describe, expect, it } from 'vitest';
import { EMPTY_EVENT, draftFromEvent, lengthInMinutes, toEventFields, type EventDraft } from './eventForm';
import { COHORT_A, programEvent } from './testData';

const filled: EventDraft = {
  ...EMPTY_EVENT,
  kind: 'cohort_meeting',
  title: '  Candidate Cohort Meeting ',
  audience: 'candidates',
  starts_at: '2026-09-24T17:30',
  ends_at: '2026-09-24T20:00',
  hours: '2.5',
};

describe('the event editor’s draft', () => {
  it('sends hours as minutes, no places as no limit, every cohort as null', () => {
    const result = toEventFields(filled);
    expect(result).toEqual({
      fields: {
        kind: 'cohort_meeting',
        title: 'Candidate Cohort Meeting',
        description: '',
        cohort_id: null,
        district_id: null,
        audience: 'candidates',
        location: { name: '', room: '', address: '' },
        starts_at: '2026-09-24T17:30',
        ends_at: '2026-09-24T20:00',
        capacity: null,
        registration_opens_at: null,
        registration_closes_at: null,
        credited_minutes: 150,
      },
    });
  });

  it('converts hours the way people type them', () => {
    const minutes = (hours: string) => {
      const r = toEventFields({ ...filled, hours });
      return 'fields' in r ? r.fields.credited_minutes : r.errors;
    };
    expect(minutes('2.5')).toBe(150);
    expect(minutes('2,5')).toBe(150);
    expect(minutes('16')).toBe(960);
    expect(minutes('')).toBe(0);
    expect(minutes('1.67')).toBe(100);
    expect(minutes('two')).toEqual({ credited_minutes: 'Enter the hours as a number, e.g. 2.5.' });
    expect(minutes('-1')).toEqual({ credited_minutes: 'Enter the hours as a number, e.g. 2.5.' });
  });

  it('names what the API could not read, by the API’s field names', () => {
    const result = toEventFields({ ...EMPTY_EVENT, capacity: '1.5', hours: 'x' });
    expect(result).toEqual({
      errors: {
        kind: 'Choose the kind of event.',
        audience: 'Choose who the event is for.',
        starts_at: 'Enter when the event starts.',
        ends_at: 'Enter when the event ends.',
        capacity: 'Enter a whole number of places, or leave it empty for no limit.',
        credited_minutes: 'Enter the hours as a number, e.g. 2.5.',
      },
    });
    // A title left blank, or a capacity of 0, is the API's to refuse, beside the field.
    const blank = toEventFields({ ...filled, title: ' ', capacity: '0' });
    expect('fields' in blank && [blank.fields.title, blank.fields.capacity]).toEqual(['', 0]);
  });

  it('round-trips an event read from the API', () => {
    const e = programEvent({ registration_opens_at: '2026-08-01T08:00', credited_minutes: 100 });
    const draft = draftFromEvent(e);
    expect(draft).toMatchObject({ cohort_id: COHORT_A, district_id: '', capacity: '40', hours: '1.67' });
    const result = toEventFields(draft);
    expect('fields' in result && result.fields).toMatchObject({
      cohort_id: COHORT_A,
      capacity: 40,
      credited_minutes: 100,
      registration_opens_at: '2026-08-01T08:00',
      registration_closes_at: '2026-09-22T17:00',
      location: e.location,
    });
    expect(draftFromEvent(programEvent({ capacity: null, credited_minutes: 0 }))).toMatchObject({ capacity: '', hours: '' });
  });

  it('knows the event’s length, across midnight and days', () => {
    expect(lengthInMinutes('2026-09-24T17:30', '2026-09-24T20:00')).toBe(150);
    expect(lengthInMinutes('2026-09-10T08:00', '2026-09-11T15:30')).toBe(1890);
    expect(lengthInMinutes('2026-09-24T17:30', '2026-09-24T17:00')).toBeNull();
    expect(lengthInMinutes('', '2026-09-24T17:00')).toBeNull();
  });
});
