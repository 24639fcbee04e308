import { describe, expect, it } from 'vitest';
import { makeupText, markChanges } from './attendanceLabels';
import { attendanceMark, casey } from './testData';

describe('a mark in words', () => {
  it('says how an absence was made up', () => {
    expect(makeupText({ event_id: 'ev2', event_title: 'Candidate Cohort Meeting', date: '2026-11-12', note: '' })).toBe(
      'Made up at Candidate Cohort Meeting, Nov 12, 2026',
    );
    expect(makeupText({ event_id: null, date: '2026-10-01', note: ' Met with the director ' })).toBe(
      'Made up on Oct 1, 2026: Met with the director',
    );
  });

  it('lists what a correction changed, as it read before and after', () => {
    const before = attendanceMark();
    const after = attendanceMark({
      status: 'absent',
      note: 'Left at 6',
      credited_minutes: 0,
      version: 2,
    });
    const revision = { id: 'r1', version: 1, at: '2026-09-25T10:00:00Z', by: casey, action: 'corrected', changed_fields: [], before };
    expect(markChanges(revision, after)).toEqual([
      { label: 'Attendance', before: 'Attended', after: 'Absent' },
      { label: 'Note', before: '(empty)', after: 'Left at 6' },
      { label: 'Hours credited', before: '2 h 30 min', after: '0 h 00 min' },
    ]);
  });
});
