import { describe, expect, it } from 'vitest';
import type { MarkLine } from '../../api/types';
import { enrollmentMeetings } from '../attendance/testData';
import { cohortMeetingsOf, meetingDateText, sheetHeader, yearOf } from './calibration';
import { combinedState } from './portfolioContents';

const mark = (overrides: Partial<MarkLine>): MarkLine => ({ ...enrollmentMeetings().marks[0]!, ...overrides });

describe('the calibration sheet’s helpers', () => {
  it('gives the header’s years from the enrollment', () => {
    expect(sheetHeader({ start_date: '2025-07-01', program_ends_on: '2027-06-30', cohort_label: 'Cohort A' })).toEqual({
      beginning: '2025',
      cohort: 'Cohort A',
      ending: '2027',
    });
    expect(yearOf(null)).toBe('—');
  });

  it('keeps the cohort meetings of a program year, earliest first', () => {
    const meetings = {
      marks: [
        mark({ attendance_id: 'late', event_starts_at: '2026-09-01T17:30' }),
        mark({ attendance_id: 'pl', event_kind: 'professional_learning', event_starts_at: '2026-03-01T08:30' }),
        mark({ attendance_id: 'b', event_starts_at: '2026-02-01T17:30' }),
        mark({ attendance_id: 'a', event_starts_at: '2025-10-01T17:30' }),
      ],
    };
    expect(cohortMeetingsOf(meetings, { starts_on: '2025-09-01', ends_on: '2026-08-31' }).map((m) => m.attendance_id)).toEqual(['a', 'b']);
  });

  it('says why a meeting did not count as attended', () => {
    expect(meetingDateText(mark({}))).toBe('Sep 24, 2026');
    expect(meetingDateText(mark({ status: 'excused' }))).toBe('Sep 24, 2026 (excused)');
    expect(meetingDateText(mark({ status: 'absent', made_up_on: '2026-10-02' }))).toBe('Sep 24, 2026 (absent, made up Oct 2, 2026)');
  });

  it('combines several items’ states: met when all are, not met when any is', () => {
    expect(combinedState(['met', 'met'])).toBe('met');
    expect(combinedState(['met', 'not_yet_due'])).toBe('not_yet_due');
    expect(combinedState(['not_yet_due', 'not_met'])).toBe('not_met');
    expect(combinedState([])).toBeNull();
  });
});
