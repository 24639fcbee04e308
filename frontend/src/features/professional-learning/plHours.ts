import type { PlLedger, PlLine, PlYear } from '../../api/types';
import { formatMinutes } from '../../lib/units';

/** The program year today falls in. */
export function currentPlYear(ledger: PlLedger): PlYear | null {
  if (ledger.current_year === null || ledger.current_year === undefined) return null;
  return ledger.years.find((y) => y.year === ledger.current_year) ?? null;
}

/** Whether a date (YYYY-MM-DD) falls in a program year. */
export function inYear(on: string, year: Pick<PlYear, 'start_date' | 'end_date'>): boolean {
  return on >= year.start_date && on <= year.end_date;
}

/** The amounts behind one program year, earliest first. */
export function linesOfYear(lines: readonly PlLine[], year: Pick<PlYear, 'start_date' | 'end_date'>): PlLine[] {
  return lines.filter((l) => inYear(l.on, year)).sort((a, b) => a.on.localeCompare(b.on));
}

/** Amounts outside every program year (before the start, or after an extension ended). */
export function linesOutsideYears(ledger: PlLedger, lines: readonly PlLine[]): PlLine[] {
  return lines.filter((l) => !ledger.years.some((y) => inYear(l.on, y)));
}

/**
 * What the cap on program PL days set aside this year, in words; null when nothing was.
 * "4 h 00 min of PL days set aside: they count for at most 16 h 00 min a year."
 */
export function capNote(year: PlYear, maxProgramEventMinutes: number): string | null {
  if (year.set_aside_minutes <= 0) return null;
  return `${formatMinutes(year.set_aside_minutes)} of PL days set aside: they count for at most ${formatMinutes(
    maxProgramEventMinutes,
  )} a year.`;
}

/**
 * The pace still needed this year, in words; null once met or when the year is over.
 * "8 h 00 min to go: 1 h 00 min a month for the 8 months left."
 */
export function paceNote(year: PlYear): string | null {
  if (year.meets || year.remaining_minutes <= 0) return null;
  if (year.months_left <= 0) return `${formatMinutes(year.remaining_minutes)} short: the year is over.`;
  const months = year.months_left === 1 ? '1 month' : `${year.months_left} months`;
  return `${formatMinutes(year.remaining_minutes)} to go: ${formatMinutes(year.pace_minutes_per_month)} a month for the ${months} left.`;
}

/** The program's whole requirement, before what a doctoral waiver takes off it. */
export function programTotalMinutes(ledger: Pick<PlLedger, 'total_required_minutes' | 'waived_minutes'>): number {
  return ledger.total_required_minutes + ledger.waived_minutes;
}

/**
 * The requirement in words: "20 h 00 min of professional learning a program year, 40 h 00 min
 * in total", and what a doctoral waiver takes off it ("…, less 10 h 00 min waived: 30 h 00 min").
 */
export function requirementText(ledger: PlLedger): string {
  const program = `${formatMinutes(ledger.yearly_required_minutes)} of professional learning a program year, ${formatMinutes(
    programTotalMinutes(ledger),
  )} in total`;
  if (ledger.waived_minutes <= 0) return `${program}.`;
  return `${program}, less ${formatMinutes(ledger.waived_minutes)} waived by the doctoral waiver: ${formatMinutes(ledger.total_required_minutes)}.`;
}

/** What a progress bar says beside its numbers: what is waived, what waits for approval; undefined for neither. */
export function progressNote(amounts: { waived_minutes: number; pending_minutes: number }): string | undefined {
  const notes = [
    amounts.waived_minutes > 0 && `${formatMinutes(amounts.waived_minutes)} waived`,
    amounts.pending_minutes > 0 && `${formatMinutes(amounts.pending_minutes)} waiting for approval`,
  ].filter(Boolean);
  return notes.length ? notes.join(' · ') : undefined;
}

/** "Program year 2 (this year)". */
export function yearTitle(year: Pick<PlYear, 'year'>, current: number | null | undefined): string {
  return `Program year ${year.year}${year.year === current ? ' (this year)' : ''}`;
}

/** The program years in any row of a table, in order (a candidate may be in an extension year). */
export function yearNumbers(ledgers: readonly PlLedger[]): number[] {
  const years = new Set<number>();
  for (const l of ledgers) for (const y of l.years) years.add(y.year);
  return [...years].sort((a, b) => a - b);
}

/** A program year of a ledger, if the candidate has it. */
export function yearOf(ledger: PlLedger, year: number): PlYear | null {
  return ledger.years.find((y) => y.year === year) ?? null;
}

/** A year that is over with its hours not met. */
export function isShort(year: Pick<PlYear, 'meets' | 'months_left'>): boolean {
  return !year.meets && year.months_left <= 0;
}
