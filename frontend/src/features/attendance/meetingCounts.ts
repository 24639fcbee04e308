import type { CandidateCounts, CandidateYear, CoachYear, Tally } from '../../api/types';

/** "2 of 3 required (4 offered)". */
export function tallyText(t: Tally): string {
  return `${t.counted} of ${t.required} required (${t.offered} offered)`;
}

/** "2 of 3", for the program's table. */
export function tallyShort(t: Tally): string {
  return `${t.counted} of ${t.required}`;
}

/** "1 made up", when any absence counted was made up. */
export function madeUpText(t: Tally): string | null {
  return t.made_up > 0 ? `${t.made_up} made up` : null;
}

/** The program year the day (`as_of`, "2026-12-02") falls in. */
export function programYearOn(counts: CandidateCounts, asOf: string): CandidateYear | undefined {
  return counts.years.find((y) => y.starts_on <= asOf && asOf <= y.ends_on);
}

/** The school year the day falls in: the last to have started. */
export function schoolYearOn(years: CoachYear[], asOf: string): CoachYear | undefined {
  return years.filter((y) => y.starts_on <= asOf).sort((a, b) => b.school_year - a.school_year)[0];
}

/** 2026 → "2026–27". */
export function schoolYearLabel(year: number): string {
  return `${year}–${String((year + 1) % 100).padStart(2, '0')}`;
}
