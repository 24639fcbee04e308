import { describe, expect, it } from 'vitest';
import { programEvent } from '../events/testData';
import { attendanceMark, attendanceSheet, marcus, sheetLine, sofia } from './testData';
import { canMakeUp, makeupRequest, makeupSessions, markBody, withMark } from './sheet';

describe('a mark as it is sent', () => {
  it('is the whole mark, its note trimmed', () => {
    expect(markBody('absent', '  called in sick ', null)).toEqual({ status: 'absent', note: 'called in sick' });
  });

  it('carries a make-up with an absence only', () => {
    const makeup = { date: '2026-10-01', note: 'Met with the director' };
    expect(markBody('excused', '', makeup)).toEqual({ status: 'excused', note: '', makeup });
    expect(markBody('attended', '', makeup)).toEqual({ status: 'attended', note: '' });
  });

  it('sends a stored make-up again as the session, or as the date and how', () => {
    expect(makeupRequest({ event_id: 'ev2', event_title: 'Candidate Cohort Meeting', date: '2026-11-12', note: '' })).toEqual({
      event_id: 'ev2',
    });
    expect(makeupRequest({ event_id: null, date: '2026-10-01', note: 'Met with the director' })).toEqual({
      date: '2026-10-01',
      note: 'Met with the director',
    });
  });

  it('makes up absences at the required meetings only', () => {
    expect(canMakeUp('cohort_meeting', 'absent')).toBe(true);
    expect(canMakeUp('end_of_year', 'excused')).toBe(true);
    expect(canMakeUp('cohort_meeting', 'attended')).toBe(false);
    expect(canMakeUp('professional_learning', 'absent')).toBe(false);
    expect(canMakeUp('other', 'excused')).toBe(false);
    expect(canMakeUp('coach_meeting', null)).toBe(false);
  });
});

describe('the sheet after a mark', () => {
  it('puts the mark in the person’s line and counts again', () => {
    const sheet = attendanceSheet([sheetLine(sofia), sheetLine(marcus, attendanceMark({ person: marcus }))]);
    const next = withMark(sheet, attendanceMark({ status: 'excused', version: 1 }));
    expect(next.lines.map((l) => l.attendance?.status)).toEqual(['excused', 'attended']);
    expect([next.attended, next.absent, next.excused, next.unmarked]).toEqual([1, 0, 1, 0]);
    expect(sheet.unmarked).toBe(1);
  });

  it('adds a walk-in’s line last', () => {
    const sheet = attendanceSheet([sheetLine(marcus)]);
    const next = withMark(sheet, attendanceMark({ walk_in: true }));
    expect(next.lines.map((l) => [l.person.display_name, l.registration_state])).toEqual([
      ['Marcus Brooks', 'confirmed'],
      ['Sofia Alvarez', null],
    ]);
    expect([next.attended, next.unmarked]).toEqual([1, 1]);
  });
});

describe('the sessions an absence can be made up at', () => {
  const at = { eventId: 'this', kind: 'cohort_meeting' as const };
  const now = '2026-12-02T09:00';

  it('are the other sessions of the same kind already started, and not cancelled', () => {
    const events = [
      programEvent({ id: 'this', starts_at: '2026-11-12T17:30' }),
      programEvent({ id: 'earlier', starts_at: '2026-09-24T17:30' }),
      programEvent({ id: 'this-morning', starts_at: '2026-12-02T08:00' }),
      programEvent({ id: 'tonight', starts_at: '2026-12-02T17:30' }),
      programEvent({ id: 'cancelled', starts_at: '2026-10-08T17:30', status: 'cancelled' }),
      programEvent({ id: 'pl-day', kind: 'professional_learning', starts_at: '2026-11-02T08:30' }),
    ];
    expect(makeupSessions(events, at, now).map((e) => e.id)).toEqual(['earlier', 'this-morning']);
  });
});
