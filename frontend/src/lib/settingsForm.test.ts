import { describe, expect, it } from 'vitest';
import type { RequirementSettings } from '../api/types';
import { DEFAULT_ACTIVITY_CODES } from './coachingLog';
import { draftToSettings, settingsToDraft, sortProgramMonths } from './settingsForm';

export const DEFAULTS: RequirementSettings = {
  monthly_coaching_minutes: 270,
  coaching_months: [9, 10, 11, 12, 1, 2, 3, 4, 5],
  min_sessions_per_year: 9,
  yearly_coaching_minutes: 2400,
  total_coaching_minutes: 4800,
  yearly_face_to_face_minutes: 0,
  counted_log_state: 'submitted',
  yearly_pl_minutes: 1200,
  total_pl_minutes: 2400,
  max_program_pl_minutes_per_year: 960,
  cohort_meetings_offered_per_year: 4,
  cohort_meetings_required_per_year: 3,
  cohort_meetings_required_total: 6,
  coach_meetings_required_per_year: 4,
  job_shadow_min_minutes: 240,
  initial_reflection_days_after_orientation: 30,
  agreement_days_after_orientation: 60,
  ending_reflection_months_before_end: 1,
  end_of_year_makeup_days: 30,
  program_years: 2,
  fee_program_coach_cents: 700000,
  fee_district_coach_cents: 400000,
  extension_fee_cents: 350000,
  withdrawal_fee_cents: 350000,
  expected_ending_rating: 3,
  activity_codes: DEFAULT_ACTIVITY_CODES,
};

describe('requirement settings form', () => {
  it('shows minutes as hours and cents as dollars', () => {
    const d = settingsToDraft(DEFAULTS);
    expect(d.values.monthly_coaching_minutes).toBe('4.5');
    expect(d.values.yearly_coaching_minutes).toBe('40');
    expect(d.values.max_program_pl_minutes_per_year).toBe('16');
    expect(d.values.fee_program_coach_cents).toBe('7000.00');
    expect(d.values.min_sessions_per_year).toBe('9');
    expect(d.coaching_months).toEqual([9, 10, 11, 12, 1, 2, 3, 4, 5]);
  });

  it('round-trips unchanged settings exactly', () => {
    expect(draftToSettings(settingsToDraft(DEFAULTS), DEFAULTS)).toEqual({ settings: DEFAULTS, errors: {} });
  });

  it('converts edited hours and dollars back to minutes and cents', () => {
    const d = settingsToDraft(DEFAULTS);
    d.values.monthly_coaching_minutes = '5.25';
    d.values.extension_fee_cents = '3,750.50';
    d.coaching_months = [...d.coaching_months, 6];
    const { settings } = draftToSettings(d, DEFAULTS);
    expect(settings?.monthly_coaching_minutes).toBe(315);
    expect(settings?.extension_fee_cents).toBe(375050);
    expect(settings?.coaching_months).toEqual([9, 10, 11, 12, 1, 2, 3, 4, 5, 6]);
  });

  it('reports invalid entries under the server’s field names', () => {
    const d = settingsToDraft(DEFAULTS);
    d.values.yearly_pl_minutes = 'twenty';
    d.values.withdrawal_fee_cents = '-1';
    d.values.program_years = '2.5';
    d.coaching_months = [];
    const { settings, errors } = draftToSettings(d, DEFAULTS);
    expect(settings).toBeNull();
    expect(Object.keys(errors).sort()).toEqual([
      'settings.coaching_months',
      'settings.program_years',
      'settings.withdrawal_fee_cents',
      'settings.yearly_pl_minutes',
    ]);
  });

  it('orders months as a school year', () => {
    expect(sortProgramMonths([1, 12, 9, 8, 6])).toEqual([9, 12, 1, 6, 8]);
  });
});
