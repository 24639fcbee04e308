import { describe, expect, it } from 'vitest';
import { madeUpText, programYearOn, schoolYearLabel, schoolYearOn, tallyShort, tallyText } from './meetingCounts';
import { enrollmentMeetings, tally } from './testData';

describe('meeting counts in words', () => {
  it('says a requirement as the handbook counts it', () => {
    expect(tallyText(tally(2, 3, 4))).toBe('2 of 3 required (4 offered)');
    expect(tallyShort(tally(2, 3, 4))).toBe('2 of 3');
  });

  it('says how many absences were made up, when any were', () => {
    expect(madeUpText(tally(3, 3, 4, 1))).toBe('1 made up');
    expect(madeUpText(tally(3, 3, 4))).toBeNull();
  });

  it('names a school year by the years it spans', () => {
    expect(schoolYearLabel(2026)).toBe('2026–27');
    expect(schoolYearLabel(2099)).toBe('2099–00');
  });
});

describe('the year a day falls in', () => {
  it('finds the program year, its first and last days included', () => {
    const { counts } = enrollmentMeetings();
    expect(programYearOn(counts, '2026-12-02')?.year).toBe(2);
    expect(programYearOn(counts, '2026-08-31')?.year).toBe(1);
    expect(programYearOn(counts, '2026-09-01')?.year).toBe(2);
    expect(programYearOn(counts, '2027-09-01')).toBeUndefined();
  });

  it('finds the school year that started last', () => {
    const years = [2025, 2026].map((y) => ({ school_year: y, starts_on: `${y}-07-01`, coach_meetings: tally(0, 4, 4) }));
    expect(schoolYearOn(years, '2026-12-02')?.school_year).toBe(2026);
    expect(schoolYearOn(years, '2026-06-30')?.school_year).toBe(2025);
    expect(schoolYearOn(years, '2025-06-30')).toBeUndefined();
  });
});
