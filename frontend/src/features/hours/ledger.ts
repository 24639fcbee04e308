import type { Ledger, LedgerMonth, LedgerYear } from '../../api/types';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-09" → "Sep 2025". */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  if (!m) return month;
  return `${SHORT_MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** The program year today falls in. */
export function currentYear(ledger: Ledger): LedgerYear | null {
  if (ledger.current_year === null || ledger.current_year === undefined) return null;
  return ledger.years.find((y) => y.year === ledger.current_year) ?? null;
}

/** This month in the ledger (its current program year). */
export function currentMonth(ledger: Ledger): LedgerMonth | null {
  return currentYear(ledger)?.months.find((m) => m.status === 'current') ?? null;
}

/** What a month asks for: the monthly minimum in a counted month, nothing otherwise. */
export function monthRequired(ledger: Ledger, month: LedgerMonth): number {
  return month.counted ? ledger.monthly_minimum_minutes : 0;
}

/** The months worth showing: those the program counts, and any other with coaching logged. */
export function shownMonths(year: LedgerYear): LedgerMonth[] {
  return year.months.filter((m) => m.counted || m.minutes > 0);
}

export interface Bar {
  month: string;
  label: string;
  minutes: number;
  counted: boolean;
  /** A counted month that is over (or current) with less than the minimum. */
  below: boolean;
  status: LedgerMonth['status'];
  /** Bar height in percent of the chart. */
  height: number;
}

export interface Chart {
  bars: Bar[];
  /** Where the monthly minimum line sits, in percent of the chart height (null when there is none). */
  minimumAt: number | null;
  /** Minutes at the top of the chart: a whole hour, above the minimum and the fullest month. */
  top: number;
}

/** A program year as a bar chart: one bar per shown month, scaled to a whole number of hours. */
export function chartOf(year: LedgerYear, monthlyMinimum: number): Chart {
  const months = shownMonths(year);
  const fullest = Math.max(0, ...months.map((m) => m.minutes));
  const highest = Math.max(fullest, monthlyMinimum > 0 ? Math.ceil(monthlyMinimum * 1.25) : 0, 60);
  const top = Math.ceil(highest / 60) * 60;
  const pct = (minutes: number) => Math.round((minutes / top) * 1000) / 10;
  return {
    top,
    minimumAt: monthlyMinimum > 0 ? pct(monthlyMinimum) : null,
    bars: months.map((m) => ({
      month: m.month,
      label: monthLabel(m.month),
      minutes: m.minutes,
      counted: m.counted,
      below: m.below_minimum,
      status: m.status,
      height: pct(m.minutes),
    })),
  };
}

/** The year of a ledger a table shows: the one asked for, else the current one. */
export function yearFor(ledger: Ledger, programYear: number | null | undefined): LedgerYear | null {
  if (programYear) return ledger.years.find((y) => y.year === programYear) ?? null;
  return currentYear(ledger);
}

/** Columns of the program hours table: every shown month of the rows' years, in order. */
export function monthColumns(ledgers: Ledger[], programYear: number | null | undefined): string[] {
  const months = new Set<string>();
  for (const l of ledgers) {
    const y = yearFor(l, programYear);
    if (y) for (const m of shownMonths(y)) months.add(m.month);
  }
  return [...months].sort();
}

/** Share of a requirement met, for progress bars (0 when nothing is required). */
export function progressOf(minutes: number, required: number): { value: number; max: number } {
  if (required <= 0) return { value: minutes > 0 ? 1 : 0, max: 1 };
  return { value: Math.min(minutes, required), max: required };
}
