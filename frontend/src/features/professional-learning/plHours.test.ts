import { describe, expect, it } from 'vitest';
import {
  capNote,
  currentPlYear,
  inYear,
  isShort,
  linesOfYear,
  linesOutsideYears,
  paceNote,
  programTotalMinutes,
  progressNote,
  requirementText,
  yearNumbers,
  yearOf,
  yearTitle,
} from './plHours';
import { pdfsText, placementText } from './plLabels';
import { plLedger, plLine, plYear, waivedPl } from './testData';

describe('PL hours', () => {
  const y1 = plYear(1, { counted_minutes: 960, program_event_minutes: 1200, program_event_counted_minutes: 960, set_aside_minutes: 240 });
  const y2 = plYear(2, { counted_minutes: 420, remaining_minutes: 780, months_left: 9, pace_minutes_per_month: 87 });
  const ledger = plLedger([y1, y2]);

  it('finds the program year today falls in, and a year by its number', () => {
    expect(currentPlYear(ledger)?.year).toBe(2);
    expect(currentPlYear({ ...ledger, current_year: null })).toBeNull();
    expect(yearOf(ledger, 1)).toBe(y1);
    expect(yearOf(ledger, 3)).toBeNull();
  });

  it('puts each amount in the program year of its date, the first and last days included', () => {
    const lines = [
      plLine('2026-11-02', 420),
      plLine('2025-09-01', 420),
      plLine('2026-08-31', 360, { source: 'alternative', pending: true }),
      plLine('2025-06-10', 120),
    ];
    expect(inYear('2026-08-31', y1)).toBe(true);
    expect(inYear('2026-09-01', y1)).toBe(false);
    expect(linesOfYear(lines, y1).map((l) => l.on)).toEqual(['2025-09-01', '2026-08-31']);
    expect(linesOfYear(lines, y2).map((l) => l.on)).toEqual(['2026-11-02']);
    expect(linesOutsideYears(ledger, lines).map((l) => l.on)).toEqual(['2025-06-10']);
  });

  it('says what the cap on program PL days set aside', () => {
    expect(capNote(y1, 960)).toBe('4 h 00 min of PL days set aside: they count for at most 16 h 00 min a year.');
    expect(capNote(y2, 960)).toBeNull();
  });

  it('says the pace still needed, or that a year ended short', () => {
    expect(paceNote(y2)).toBe('13 h 00 min to go: 1 h 27 min a month for the 9 months left.');
    expect(paceNote({ ...y2, months_left: 1, remaining_minutes: 60, pace_minutes_per_month: 60 })).toBe(
      '1 h 00 min to go: 1 h 00 min a month for the 1 month left.',
    );
    expect(paceNote({ ...y1, remaining_minutes: 240 })).toBe('4 h 00 min short: the year is over.');
    expect(paceNote({ ...y2, meets: true, remaining_minutes: 0 })).toBeNull();
    expect(isShort({ meets: false, months_left: 0 })).toBe(true);
    expect(isShort({ meets: false, months_left: 9 })).toBe(false);
    expect(isShort({ meets: true, months_left: 0 })).toBe(false);
  });

  it('names the years, this one marked, and heads the table with every year any candidate has', () => {
    expect(yearTitle(y2, 2)).toBe('Program year 2 (this year)');
    expect(yearTitle(y1, 2)).toBe('Program year 1');
    expect(yearNumbers([plLedger([y2, y1]), plLedger([y1, y2, plYear(3)])])).toEqual([1, 2, 3]);
  });

  it('states the requirement, less what a doctoral waiver waived', () => {
    expect(requirementText(ledger)).toBe('20 h 00 min of professional learning a program year, 40 h 00 min in total.');
    expect(programTotalMinutes(ledger)).toBe(2400);
    const waived = { ...ledger, total_required_minutes: 1800, waived_minutes: 600, waived: [waivedPl({ minutes: 600 })] };
    expect(programTotalMinutes(waived)).toBe(2400);
    expect(requirementText(waived)).toBe(
      '20 h 00 min of professional learning a program year, 40 h 00 min in total, less 10 h 00 min waived by the doctoral waiver: 30 h 00 min.',
    );
  });

  it('notes beside a progress bar what is waived and what waits for approval', () => {
    expect(progressNote({ waived_minutes: 0, pending_minutes: 0 })).toBeUndefined();
    expect(progressNote({ waived_minutes: 0, pending_minutes: 360 })).toBe('6 h 00 min waiting for approval');
    expect(progressNote({ waived_minutes: 360, pending_minutes: 90 })).toBe('6 h 00 min waived · 1 h 30 min waiting for approval');
  });

  it('says which PDFs are missing, and placements in the scale’s words', () => {
    expect(pdfsText({ missing_documents: [] })).toBe('All three PDFs');
    expect(pdfsText({ missing_documents: ['pl_agenda', 'pl_sign_in_sheet'] })).toBe('Missing: Agenda, Sign-in sheet');
    expect(placementText(2)).toBe('2 Approaches');
    expect(placementText(0)).toBe('0 No experience');
    expect(placementText(null)).toBe('—');
  });
});
