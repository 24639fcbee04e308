import type { StandardGrowth, Term } from '../../api/types';
import { TERMS } from './ratingScale';

/** The terms compared, in the program's order (initial, interim, ending). */
export function inOrder(terms: Term[]): Term[] {
  return TERMS.filter((t) => terms.includes(t));
}

/** A standard's mean level on a term, in tenths, or null when the term rated none of its elements. */
export function tenthsOn(s: StandardGrowth, term: Term): number | null {
  return s[`${term}_tenths`] ?? null;
}

/** 25 → "2.5"; "—" for none. */
export function formatTenths(tenths: number | null): string {
  return tenths === null ? '—' : (tenths / 10).toFixed(1);
}

/** "+1", "−1", "0" (levels) or "+0.5" (tenths); "—" when there is nothing to compare. */
export function formatChange(change: number | null | undefined, tenths = false): string {
  if (change === null || change === undefined) return '—';
  const size = tenths ? (Math.abs(change) / 10).toFixed(1) : String(Math.abs(change));
  if (change > 0) return `+${size}`;
  if (change < 0) return `−${size}`;
  return size;
}

/**
 * A standard's change: its latest mean minus its earliest among the terms compared, in tenths,
 * as the API counts an element's change (latest level minus earliest).
 */
export function standardChange(s: StandardGrowth, terms: Term[]): number | null {
  const values = inOrder(terms)
    .map((t) => tenthsOn(s, t))
    .filter((v): v is number => v !== null);
  return values.length >= 2 ? values[values.length - 1]! - values[0]! : null;
}

export interface ChartBar {
  standard: number;
  term: Term;
  tenths: number;
  x: number;
  y: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Where the plot's left edge, its baseline and its top are. */
  left: number;
  bottom: number;
  top: number;
  bars: ChartBar[];
  barWidth: number;
  /** The centre of each standard's group of bars, for its label. */
  groups: { standard: number; x: number }[];
  /** The height of a level (0–4) on the plot. */
  yOf: (level: number) => number;
}

const BAR = 28;
const GAP = 4;
const GROUP_GAP = 48;
const PLOT = 200;
const TOP = 14;
const LEFT = 30;
const BELOW = 28;

/** Bars per standard per term on a 0–4 scale: a group of bars for each standard. */
export function chartLayout(standards: StandardGrowth[], terms: Term[]): ChartLayout {
  const compared = inOrder(terms);
  const groupWidth = Math.max(1, compared.length) * (BAR + GAP) - GAP;
  const bottom = TOP + PLOT;
  const yOf = (level: number) => bottom - (PLOT * level) / 4;
  const bars: ChartBar[] = [];
  const groups = standards.map((s, i) => {
    const x0 = LEFT + GROUP_GAP / 2 + i * (groupWidth + GROUP_GAP);
    compared.forEach((term, j) => {
      const tenths = tenthsOn(s, term);
      if (tenths === null) return;
      const y = yOf(tenths / 10);
      bars.push({ standard: s.standard, term, tenths, x: x0 + j * (BAR + GAP), y, height: bottom - y });
    });
    return { standard: s.standard, x: x0 + groupWidth / 2 };
  });
  const width = LEFT + standards.length * (groupWidth + GROUP_GAP);
  return { width, height: bottom + BELOW, left: LEFT, bottom, top: TOP, bars, barWidth: BAR, groups, yOf };
}
