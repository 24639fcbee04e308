import { normaliseField } from '../../api/problem';
import type { ActivityCode, RequirementSettings } from '../../api/types';
import { centsToDollars, dollarsToCents, hoursToMinutes, minutesToHours } from '../../lib/units';

type Key = keyof RequirementSettings;
/** How a setting is typed: hours for minutes, dollars for cents, a whole number, or a month (1–12) chosen by name. */
type Kind = 'hours' | 'dollars' | 'count' | 'month';

export interface SettingField {
  key: Key;
  label: string;
  kind: Kind;
}

export interface SettingGroup {
  title: string;
  fields: SettingField[];
}

/** The requirement settings form, grouped as the handbook groups them. */
export const SETTING_GROUPS: SettingGroup[] = [
  {
    title: 'Coaching',
    fields: [
      { key: 'monthly_coaching_minutes', label: 'Coaching per month (hours)', kind: 'hours' },
      { key: 'min_sessions_per_year', label: 'Minimum sessions per year', kind: 'count' },
      { key: 'yearly_coaching_minutes', label: 'Coaching per program year (hours)', kind: 'hours' },
      { key: 'total_coaching_minutes', label: 'Coaching over the program (hours)', kind: 'hours' },
      { key: 'yearly_face_to_face_minutes', label: 'Face-to-face coaching per year (hours, 0 = no rule)', kind: 'hours' },
    ],
  },
  {
    title: 'Professional learning',
    fields: [
      { key: 'yearly_pl_minutes', label: 'Professional learning per year (hours)', kind: 'hours' },
      { key: 'total_pl_minutes', label: 'Professional learning over the program (hours)', kind: 'hours' },
      { key: 'max_program_pl_minutes_per_year', label: 'Program PL days counted per year, at most (hours)', kind: 'hours' },
      { key: 'job_shadow_min_minutes', label: 'Job shadow, at least (hours)', kind: 'hours' },
    ],
  },
  {
    title: 'Meetings',
    fields: [
      { key: 'cohort_meetings_offered_per_year', label: 'Cohort meetings offered per year', kind: 'count' },
      { key: 'cohort_meetings_required_per_year', label: 'Cohort meetings required per year', kind: 'count' },
      { key: 'cohort_meetings_required_total', label: 'Cohort meetings required in total', kind: 'count' },
      { key: 'orientation_meetings_required', label: 'Orientation meetings required (year 1)', kind: 'count' },
      { key: 'end_of_year_meetings_required_per_year', label: 'End-of-year meetings required per year', kind: 'count' },
      { key: 'coach_meetings_required_per_year', label: 'Coach meetings required per school year', kind: 'count' },
      { key: 'coach_trainings_required', label: 'New coaches’ 2-day trainings required', kind: 'count' },
      { key: 'school_year_start_month', label: 'Coach meetings are counted by school year, starting in', kind: 'month' },
    ],
  },
  {
    title: 'Deadlines',
    fields: [
      { key: 'initial_reflection_days_after_orientation', label: 'Initial reflection due (days after orientation)', kind: 'count' },
      { key: 'agreement_days_after_orientation', label: 'Agreement due (days after orientation)', kind: 'count' },
      { key: 'ending_reflection_months_before_end', label: 'Ending reflection due (months before the end)', kind: 'count' },
      { key: 'end_of_year_makeup_days', label: 'End-of-year meeting make-up window (days)', kind: 'count' },
      { key: 'program_years', label: 'Program years', kind: 'count' },
    ],
  },
  {
    title: 'Fees',
    fields: [
      { key: 'fee_program_coach_cents', label: 'Fee when the program provides the coach ($)', kind: 'dollars' },
      { key: 'fee_district_coach_cents', label: 'Fee when the district provides the coach ($)', kind: 'dollars' },
      { key: 'extension_fee_cents', label: 'Extension fee per year ($)', kind: 'dollars' },
      { key: 'withdrawal_fee_cents', label: 'Withdrawal fee ($)', kind: 'dollars' },
      { key: 'fee_due_month_1', label: 'First fee date: month', kind: 'month' },
      { key: 'fee_due_day_1', label: 'First fee date: day', kind: 'count' },
      { key: 'fee_due_month_2', label: 'Second fee date: month', kind: 'month' },
      { key: 'fee_due_day_2', label: 'Second fee date: day', kind: 'count' },
    ],
  },
  {
    title: 'Completion',
    fields: [{ key: 'expected_ending_rating', label: 'Expected rating on the ending reflection (0–4)', kind: 'count' }],
  },
  {
    title: 'Notifications',
    fields: [{ key: 'digest_hour', label: 'Hour the daily digest is emailed (0–23, program time)', kind: 'count' }],
  },
];

/** The settings as the form holds them: text per numeric field, the months, the log state, the activities. */
export interface SettingsDraft {
  values: Record<string, string>;
  coaching_months: number[];
  counted_log_state: RequirementSettings['counted_log_state'];
  activity_codes: ActivityCode[];
}

/**
 * The name of activity row `i`'s errors: the server's `settings.activity_codes[i]` as
 * `fieldErrors` normalises it, so the browser's checks and the server's land in one place.
 */
export function activityCodeField(i: number): string {
  return normaliseField(`settings.activity_codes[${i}]`);
}

/** Characters as the server counts them (code points, not UTF-16 units). */
const length = (s: string) => [...s].length;

/** The server's rules for the activity list, keyed like its errors. */
function activityCodeErrors(codes: ActivityCode[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (codes.length === 0) errors['settings.activity_codes'] = 'Name at least one activity.';
  codes.forEach(({ code, label }, i) => {
    let message: string | undefined;
    if (!code) message = 'Enter a code.';
    else if (length(code) > 8) message = 'Codes are at most 8 characters.';
    else if (!label) message = 'Enter the activity.';
    else if (length(label) > 120) message = 'Activities are at most 120 characters.';
    else if (codes.slice(0, i).some((c) => c.code === code)) message = `Code ${code} is listed twice.`;
    if (message) errors[activityCodeField(i)] = message;
  });
  return errors;
}

export function settingsToDraft(s: RequirementSettings): SettingsDraft {
  const values: Record<string, string> = {};
  for (const g of SETTING_GROUPS) {
    for (const f of g.fields) {
      const v = s[f.key] as number;
      values[f.key] = f.kind === 'hours' ? minutesToHours(v) : f.kind === 'dollars' ? centsToDollars(v) : String(v);
    }
  }
  return {
    values,
    coaching_months: [...s.coaching_months],
    counted_log_state: s.counted_log_state,
    activity_codes: s.activity_codes.map((a) => ({ ...a })),
  };
}

const KIND_MESSAGE: Record<Kind, string> = {
  hours: 'Enter hours as a number, e.g. 4.5.',
  dollars: 'Enter an amount in dollars, e.g. 3500 or 3500.00.',
  count: 'Enter a whole number.',
  month: 'Choose a month.',
};

/**
 * Convert the form back to the API's minutes and cents, with the activities trimmed. Errors are
 * keyed like the server's (`settings.<field>`, `activityCodeField(i)`) so both show in the same place.
 */
export function draftToSettings(
  draft: SettingsDraft,
  base: RequirementSettings,
): { settings: RequirementSettings | null; errors: Record<string, string> } {
  const out = { ...base } as Record<string, unknown>;
  const errors: Record<string, string> = {};
  for (const g of SETTING_GROUPS) {
    for (const f of g.fields) {
      const raw = draft.values[f.key] ?? '';
      let value: number | null;
      if (f.kind === 'hours') value = hoursToMinutes(raw);
      else if (f.kind === 'dollars') value = dollarsToCents(raw);
      else value = /^\s*\d+\s*$/.test(raw) ? Number(raw.trim()) : null;
      if (f.kind === 'month' && value !== null && (value < 1 || value > 12)) value = null;
      if (value === null) errors[`settings.${f.key}`] = KIND_MESSAGE[f.kind];
      else out[f.key] = value;
    }
  }
  const months = [...new Set(draft.coaching_months)].filter((m) => m >= 1 && m <= 12);
  if (months.length === 0) errors['settings.coaching_months'] = 'Choose at least one month.';
  out.coaching_months = sortProgramMonths(months);
  out.counted_log_state = draft.counted_log_state;
  const codes = draft.activity_codes.map((a) => ({ code: a.code.trim(), label: a.label.trim() }));
  Object.assign(errors, activityCodeErrors(codes));
  out.activity_codes = codes;
  if (Object.keys(errors).length) return { settings: null, errors };
  return { settings: out as RequirementSettings, errors };
}

/** Months in school-year order (September first), as the defaults list them. */
export function sortProgramMonths(months: number[]): number[] {
  const rank = (m: number) => (m + 3) % 12; // 9 → 0, 12 → 3, 1 → 4, 8 → 11
  return [...months].sort((a, b) => rank(a) - rank(b));
}
