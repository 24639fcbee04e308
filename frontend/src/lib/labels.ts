import type { CostStructure, Employment, EnrollmentStatus, FeePlan, Position, Role } from '../api/types';

export const ROLE_LABELS: Record<Role, string> = {
  candidate: 'Candidate',
  coach: 'Coach',
  coordinator: 'Coordinator',
  director: 'Director',
  district_representative: 'District representative',
};

export const STATUS_LABELS: Record<EnrollmentStatus, string> = {
  applied: 'Applied',
  enrolled: 'Enrolled',
  extended: 'Extended',
  withdrawn: 'Withdrawn',
  completed: 'Completed',
  recommended: 'Recommended',
};

export const POSITION_LABELS: Record<Position, string> = {
  principal: 'Principal',
  assistant_principal: 'Assistant principal',
  district_administrator: 'District administrator',
  county_administrator: 'County administrator',
  intern: 'Intern',
  other: 'Other',
};

export const EMPLOYMENT_LABELS: Record<Employment, string> = {
  full_time: 'Full time',
  part_time: 'Part time',
};

export const COST_STRUCTURE_LABELS: Record<CostStructure, string> = {
  program_provides_coach: 'Program provides the coach',
  district_provides_coach: 'District provides the coach',
};

/** Who pays the program fee, as the enrollment's "Program fee paid by" names the participation agreement's plan. */
export const FEE_PLAN_LABELS: Record<FeePlan, string> = {
  agency: 'Agency/District (Plan A)',
  candidate: 'Candidate (Plan B)',
  split: 'Split between candidate and agency (Plan C)',
};

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A select's or a choice group's options from a record of labels, all of them or `only` those. */
export function labelOptions<K extends string>(labels: Record<K, string>, only?: readonly K[]): { value: K; label: string }[] {
  return (only ?? (Object.keys(labels) as K[])).map((k) => ({ value: k, label: labels[k] }));
}

export function labelOf<K extends string>(labels: Record<K, string>, key: K | null | undefined): string {
  if (key === null || key === undefined) return '—';
  return labels[key] ?? key;
}

/** Today's date in the browser's zone as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** "2025-09-01" → "Sep 1, 2025" without time-zone shifts. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-US');
}
