import { describe, expect, it } from 'vitest';
import type { CoachingLog } from '../../api/types';
import { EMPTY_LOG_DRAFT, draftKeyOf } from './coachingLog';
import { LOG_FIELDS, logField, logFieldText } from './logFields';

describe('the coaching log’s fields', () => {
  it('describe every input of the form once, in the form’s order', () => {
    expect(LOG_FIELDS.map((f) => draftKeyOf(f.key))).toEqual(Object.keys(EMPTY_LOG_DRAFT));
    expect(new Set(LOG_FIELDS.map((f) => f.label)).size).toBe(LOG_FIELDS.length);
  });

  it('read a log’s values as the sheet and the history show them', () => {
    const log = {
      meeting_date: '2026-09-08',
      start_time: '14:30:00',
      duration_minutes: 90,
      mode: 'phone',
      activity_codes: ['A', 'X'],
      standards: [],
      focus: '  ',
      follow_up_done: false,
    } as unknown as CoachingLog;
    const text = (name: string) => logFieldText(logField(name)!, log, [{ code: 'A', label: 'Instructional coaching' }]);
    expect(text('meeting_date')).toBe('Sep 8, 2026');
    expect(text('start_time')).toBe('2:30 PM');
    expect(text('duration_minutes')).toBe('1 h 30 min');
    expect(text('mode')).toBe('System of support: Phone');
    expect(text('activity_codes')).toBe('A Instructional coaching; X');
    expect(text('standards')).toBeNull();
    expect(text('focus')).toBeNull();
    expect(text('follow_up_done')).toBe('No');
  });
});
