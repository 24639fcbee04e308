import type { RequirementSettings } from '../api/types';

/**
 * The handbook's requirement settings, as a new program gets them (and as
 * `GET /api/requirement-settings/defaults` answers).
 */
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
  orientation_meetings_required: 1,
  end_of_year_meetings_required_per_year: 1,
  coach_trainings_required: 1,
  school_year_start_month: 7,
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
  activity_codes: [
    { code: '1', label: 'Induction plan / cycle of inquiry' },
    { code: '2', label: 'CPSEL reflection and artifacts' },
    { code: '3', label: 'Self-assessment on the Descriptions of Practice' },
    { code: '4', label: 'Goal setting' },
    { code: 'A', label: 'Instructional coaching' },
    { code: 'B', label: 'Observations' },
    { code: 'C', label: 'Professional learning' },
    { code: 'D', label: 'Collaboration with colleagues' },
    { code: 'E', label: 'Text, email or phone' },
    { code: 'F', label: 'Other' },
  ],
};
