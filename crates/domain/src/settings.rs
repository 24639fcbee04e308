//! A program's requirement settings. Defaults are the FCSS CASC numbers; every program may
//! change them (other programs count 11 months, ask for face-to-face minimums, and so on).
//!
//! Hours are kept in whole minutes (4.5 hours a month is 270) and money in cents, so every sum
//! is exact.

use crate::enrollment::CostStructure;
use crate::fees::{FeeDate, HANDBOOK_FEE_DATES};
use crate::validation::{FieldError, Invalid};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Which coaching logs count toward hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CountedLogState {
    /// Counted once the coach submits the log.
    Submitted,
    /// Counted only once the candidate has acknowledged it (both signatures).
    Acknowledged,
}

/// One entry of the program's coaching activity list (the log form's checkboxes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivityCode {
    #[schema(min_length = 1, max_length = 8, example = "A")]
    pub code: String,
    #[schema(min_length = 1, max_length = 120, example = "Instructional coaching")]
    pub label: String,
}

impl ActivityCode {
    fn new(code: &str, label: &str) -> Self {
        ActivityCode { code: code.into(), label: label.into() }
    }

    /// The handbook's list: program requirements 1–4 and job-embedded support A–F.
    pub fn handbook() -> Vec<ActivityCode> {
        vec![
            ActivityCode::new("1", "Induction plan / cycle of inquiry"),
            ActivityCode::new("2", "CPSEL reflection and artifacts"),
            ActivityCode::new("3", "Self-assessment on the Descriptions of Practice"),
            ActivityCode::new("4", "Goal setting"),
            ActivityCode::new("A", "Instructional coaching"),
            ActivityCode::new("B", "Observations"),
            ActivityCode::new("C", "Professional learning"),
            ActivityCode::new("D", "Collaboration with colleagues"),
            ActivityCode::new("E", "Text, email or phone"),
            ActivityCode::new("F", "Other"),
        ]
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RequirementSettings {
    /// Coaching minutes expected in each counted month (4.5 hours = 270).
    #[schema(minimum = 0, maximum = 44640, example = 270)]
    pub monthly_coaching_minutes: u32,
    /// The calendar months (1–12) in which monthly coaching is counted, in program order.
    #[schema(example = json!([9, 10, 11, 12, 1, 2, 3, 4, 5]))]
    pub coaching_months: Vec<u8>,
    /// Minimum number of coaching sessions a program year.
    #[schema(minimum = 0, maximum = 366)]
    pub min_sessions_per_year: u32,
    #[schema(minimum = 0, maximum = 527040)]
    pub yearly_coaching_minutes: u32,
    #[schema(minimum = 0, maximum = 1054080)]
    pub total_coaching_minutes: u32,
    /// Face-to-face minutes required a year (0: no separate minimum).
    #[schema(minimum = 0, maximum = 527040)]
    pub yearly_face_to_face_minutes: u32,
    pub counted_log_state: CountedLogState,
    #[schema(minimum = 0, maximum = 527040)]
    pub yearly_pl_minutes: u32,
    #[schema(minimum = 0, maximum = 1054080)]
    pub total_pl_minutes: u32,
    /// How much of a year's PL may come from the program's own PL days.
    #[schema(minimum = 0, maximum = 527040)]
    pub max_program_pl_minutes_per_year: u32,
    #[schema(minimum = 0, maximum = 52)]
    pub cohort_meetings_offered_per_year: u32,
    #[schema(minimum = 0, maximum = 52)]
    pub cohort_meetings_required_per_year: u32,
    #[schema(minimum = 0, maximum = 520)]
    pub cohort_meetings_required_total: u32,
    #[schema(minimum = 0, maximum = 52)]
    pub coach_meetings_required_per_year: u32,
    /// Orientation sessions a candidate attends in year 1.
    #[schema(minimum = 0, maximum = 10)]
    pub orientation_meetings_required: u32,
    /// End-of-year meetings a candidate attends each program year.
    #[schema(minimum = 0, maximum = 10)]
    pub end_of_year_meetings_required_per_year: u32,
    /// The new coaches' 2-day training, attended once.
    #[schema(minimum = 0, maximum = 10)]
    pub coach_trainings_required: u32,
    /// The month (1–12) a school year starts; coach meetings are counted by school year.
    #[schema(minimum = 1, maximum = 12, example = 7)]
    pub school_year_start_month: u8,
    #[schema(minimum = 0, maximum = 10080)]
    pub job_shadow_min_minutes: u32,
    #[schema(minimum = 0, maximum = 366)]
    pub initial_reflection_days_after_orientation: u32,
    #[schema(minimum = 0, maximum = 366)]
    pub agreement_days_after_orientation: u32,
    #[schema(minimum = 0, maximum = 12)]
    pub ending_reflection_months_before_end: u32,
    #[schema(minimum = 0, maximum = 366)]
    pub end_of_year_makeup_days: u32,
    #[schema(minimum = 1, maximum = 10)]
    pub program_years: u32,
    #[schema(minimum = 0, maximum = 100000000)]
    pub fee_program_coach_cents: i64,
    #[schema(minimum = 0, maximum = 100000000)]
    pub fee_district_coach_cents: i64,
    #[schema(minimum = 0, maximum = 100000000)]
    pub extension_fee_cents: i64,
    #[schema(minimum = 0, maximum = 100000000)]
    pub withdrawal_fee_cents: i64,
    /// The fee dates, the same every program year (the handbook's November 1 and March 31):
    /// the candidate pays on each, the agency on the one that comes first in a program year.
    #[schema(minimum = 1, maximum = 12, example = 11)]
    pub fee_due_month_1: u8,
    #[schema(minimum = 1, maximum = 31, example = 1)]
    pub fee_due_day_1: u8,
    #[schema(minimum = 1, maximum = 12, example = 3)]
    pub fee_due_month_2: u8,
    #[schema(minimum = 1, maximum = 31, example = 31)]
    pub fee_due_day_2: u8,
    /// The rating every element is expected to reach on the ending reflection (0–4).
    #[schema(minimum = 0, maximum = 4)]
    pub expected_ending_rating: u8,
    /// The coaching log's activity codes.
    pub activity_codes: Vec<ActivityCode>,
    /// The hour (0–23, the program's time zone) the daily digest of notifications goes out to
    /// the people who chose it.
    #[schema(minimum = 0, maximum = 23, example = 7)]
    pub digest_hour: u8,
}

impl Default for RequirementSettings {
    fn default() -> Self {
        Self {
            monthly_coaching_minutes: 270,
            coaching_months: vec![9, 10, 11, 12, 1, 2, 3, 4, 5],
            min_sessions_per_year: 9,
            yearly_coaching_minutes: 40 * 60,
            total_coaching_minutes: 80 * 60,
            yearly_face_to_face_minutes: 0,
            counted_log_state: CountedLogState::Acknowledged,
            yearly_pl_minutes: 20 * 60,
            total_pl_minutes: 40 * 60,
            max_program_pl_minutes_per_year: 16 * 60,
            cohort_meetings_offered_per_year: 4,
            cohort_meetings_required_per_year: 3,
            cohort_meetings_required_total: 6,
            coach_meetings_required_per_year: 4,
            orientation_meetings_required: 1,
            end_of_year_meetings_required_per_year: 1,
            coach_trainings_required: 1,
            school_year_start_month: 7,
            job_shadow_min_minutes: 4 * 60,
            initial_reflection_days_after_orientation: 30,
            agreement_days_after_orientation: 60,
            ending_reflection_months_before_end: 1,
            end_of_year_makeup_days: 30,
            program_years: 2,
            fee_program_coach_cents: 700_000,
            fee_district_coach_cents: 400_000,
            extension_fee_cents: 350_000,
            withdrawal_fee_cents: 350_000,
            fee_due_month_1: HANDBOOK_FEE_DATES[0].month,
            fee_due_day_1: HANDBOOK_FEE_DATES[0].day,
            fee_due_month_2: HANDBOOK_FEE_DATES[1].month,
            fee_due_day_2: HANDBOOK_FEE_DATES[1].day,
            expected_ending_rating: 3,
            activity_codes: ActivityCode::handbook(),
            digest_hour: 7,
        }
    }
}

const MINUTES_PER_YEAR: u32 = 366 * 24 * 60;
const MAX_CENTS: i64 = 100_000_000;

/// Days in `month` of a year that is not a leap year: a fee date must come every year.
fn days_in_month(month: u8) -> u8 {
    time::Month::try_from(month).map_or(31, |m| m.length(2001))
}

impl RequirementSettings {
    /// The program's fee dates.
    pub fn fee_dates(&self) -> [FeeDate; 2] {
        [
            FeeDate { month: self.fee_due_month_1, day: self.fee_due_day_1 },
            FeeDate { month: self.fee_due_month_2, day: self.fee_due_day_2 },
        ]
    }

    /// The program fee of a cost structure.
    pub fn program_fee_cents(&self, structure: CostStructure) -> i64 {
        match structure {
            CostStructure::ProgramProvidesCoach => self.fee_program_coach_cents,
            CostStructure::DistrictProvidesCoach => self.fee_district_coach_cents,
        }
    }

    /// Checks ranges and consistency; field names are prefixed with `settings.`.
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut errors = Vec::new();
        let mut bound = |name: &str, value: i64, min: i64, max: i64| {
            if value < min || value > max {
                errors.push(FieldError::new(format!("settings.{name}"), format!("must be between {min} and {max}")));
            }
        };
        let y = i64::from(MINUTES_PER_YEAR);
        bound("monthly_coaching_minutes", self.monthly_coaching_minutes.into(), 0, 31 * 24 * 60);
        bound("min_sessions_per_year", self.min_sessions_per_year.into(), 0, 366);
        bound("yearly_coaching_minutes", self.yearly_coaching_minutes.into(), 0, y);
        bound("total_coaching_minutes", self.total_coaching_minutes.into(), 0, 2 * y);
        bound("yearly_face_to_face_minutes", self.yearly_face_to_face_minutes.into(), 0, y);
        bound("yearly_pl_minutes", self.yearly_pl_minutes.into(), 0, y);
        bound("total_pl_minutes", self.total_pl_minutes.into(), 0, 2 * y);
        bound("max_program_pl_minutes_per_year", self.max_program_pl_minutes_per_year.into(), 0, y);
        bound("cohort_meetings_offered_per_year", self.cohort_meetings_offered_per_year.into(), 0, 52);
        bound("cohort_meetings_required_per_year", self.cohort_meetings_required_per_year.into(), 0, 52);
        bound("cohort_meetings_required_total", self.cohort_meetings_required_total.into(), 0, 520);
        bound("coach_meetings_required_per_year", self.coach_meetings_required_per_year.into(), 0, 52);
        bound("orientation_meetings_required", self.orientation_meetings_required.into(), 0, 10);
        bound("end_of_year_meetings_required_per_year", self.end_of_year_meetings_required_per_year.into(), 0, 10);
        bound("coach_trainings_required", self.coach_trainings_required.into(), 0, 10);
        bound("school_year_start_month", self.school_year_start_month.into(), 1, 12);
        bound("job_shadow_min_minutes", self.job_shadow_min_minutes.into(), 0, 7 * 24 * 60);
        bound(
            "initial_reflection_days_after_orientation",
            self.initial_reflection_days_after_orientation.into(),
            0,
            366,
        );
        bound("agreement_days_after_orientation", self.agreement_days_after_orientation.into(), 0, 366);
        bound("ending_reflection_months_before_end", self.ending_reflection_months_before_end.into(), 0, 12);
        bound("end_of_year_makeup_days", self.end_of_year_makeup_days.into(), 0, 366);
        bound("program_years", self.program_years.into(), 1, 10);
        bound("fee_program_coach_cents", self.fee_program_coach_cents, 0, MAX_CENTS);
        bound("fee_district_coach_cents", self.fee_district_coach_cents, 0, MAX_CENTS);
        bound("extension_fee_cents", self.extension_fee_cents, 0, MAX_CENTS);
        bound("withdrawal_fee_cents", self.withdrawal_fee_cents, 0, MAX_CENTS);
        bound("expected_ending_rating", self.expected_ending_rating.into(), 0, 4);
        bound("digest_hour", self.digest_hour.into(), 0, 23);
        for (n, FeeDate { month, day }) in self.fee_dates().into_iter().enumerate() {
            bound(&format!("fee_due_month_{}", n + 1), month.into(), 1, 12);
            bound(&format!("fee_due_day_{}", n + 1), day.into(), 1, days_in_month(month).into());
        }

        if self.coaching_months.is_empty() {
            errors.push(FieldError::new("settings.coaching_months", "name at least one month"));
        }
        if self.coaching_months.iter().any(|m| !(1..=12).contains(m)) {
            errors.push(FieldError::new("settings.coaching_months", "months are numbered 1 to 12"));
        }
        let mut seen = [false; 13];
        for m in self.coaching_months.iter().filter(|m| (1..=12).contains(*m)) {
            if std::mem::replace(&mut seen[usize::from(*m)], true) {
                errors.push(FieldError::new("settings.coaching_months", format!("month {m} is listed twice")));
                break;
            }
        }
        if self.activity_codes.is_empty() {
            errors.push(FieldError::new("settings.activity_codes", "name at least one activity"));
        }
        for (i, a) in self.activity_codes.iter().enumerate() {
            let (code, label) = (a.code.trim(), a.label.trim());
            if code.is_empty() || code.chars().count() > 8 || label.is_empty() || label.chars().count() > 120 {
                errors.push(FieldError::new(
                    format!("settings.activity_codes[{i}]"),
                    "needs a code of 1–8 characters and a label of 1–120",
                ));
            } else if self.activity_codes[..i].iter().any(|b| b.code.trim() == code) {
                errors.push(FieldError::new(
                    format!("settings.activity_codes[{i}]"),
                    format!("code {code} is listed twice"),
                ));
            }
        }
        if self.cohort_meetings_required_per_year > self.cohort_meetings_offered_per_year {
            errors.push(FieldError::new(
                "settings.cohort_meetings_required_per_year",
                "cannot exceed the cohort meetings offered per year",
            ));
        }
        if self.yearly_face_to_face_minutes > self.yearly_coaching_minutes {
            errors.push(FieldError::new(
                "settings.yearly_face_to_face_minutes",
                "cannot exceed the yearly coaching minutes",
            ));
        }
        if self.fee_dates()[0] == self.fee_dates()[1] {
            errors.push(FieldError::new("settings.fee_due_day_2", "the two fee dates must differ"));
        }
        if self.max_program_pl_minutes_per_year > self.yearly_pl_minutes {
            errors.push(FieldError::new(
                "settings.max_program_pl_minutes_per_year",
                "cannot exceed the yearly professional learning minutes",
            ));
        }
        Invalid::check(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_fcss_casc_numbers_and_valid() {
        let s = RequirementSettings::default();
        assert_eq!(s.monthly_coaching_minutes, 270);
        assert_eq!(s.yearly_coaching_minutes, 2400);
        assert_eq!(s.total_coaching_minutes, 4800);
        assert_eq!(s.coaching_months.len(), 9);
        assert_eq!(s.fee_program_coach_cents, 700_000);
        assert_eq!(s.fee_district_coach_cents, 400_000);
        let codes: Vec<_> = s.activity_codes.iter().map(|a| a.code.as_str()).collect();
        assert_eq!(codes, ["1", "2", "3", "4", "A", "B", "C", "D", "E", "F"]);
        s.validate().unwrap();
    }

    #[test]
    fn out_of_range_values_name_their_field() {
        let s = RequirementSettings {
            coaching_months: vec![9, 13],
            program_years: 0,
            expected_ending_rating: 5,
            ..Default::default()
        };
        let fields: Vec<_> = s.validate().unwrap_err().0.into_iter().map(|e| e.field).collect();
        assert!(fields.contains(&"settings.coaching_months".to_string()));
        assert!(fields.contains(&"settings.program_years".to_string()));
        assert!(fields.contains(&"settings.expected_ending_rating".to_string()));
    }

    #[test]
    fn a_fee_date_must_come_every_year_and_the_two_differ() {
        let fields = |s: RequirementSettings| -> Vec<String> {
            s.validate().err().map(|e| e.0.into_iter().map(|e| e.field).collect()).unwrap_or_default()
        };
        let feb = |day| RequirementSettings { fee_due_month_2: 2, fee_due_day_2: day, ..Default::default() };
        assert_eq!(fields(feb(28)), Vec::<String>::new());
        assert_eq!(fields(feb(29)), ["settings.fee_due_day_2"]);
        let april_31 = RequirementSettings { fee_due_month_1: 4, fee_due_day_1: 31, ..Default::default() };
        assert_eq!(fields(april_31), ["settings.fee_due_day_1"]);
        let month_13 = RequirementSettings { fee_due_month_1: 13, ..Default::default() };
        assert_eq!(fields(month_13), ["settings.fee_due_month_1"]);
        let same = RequirementSettings { fee_due_month_2: 11, fee_due_day_2: 1, ..Default::default() };
        assert_eq!(fields(same), ["settings.fee_due_day_2"]);
        assert_eq!(RequirementSettings::default().fee_dates(), HANDBOOK_FEE_DATES);
    }

    #[test]
    fn a_month_listed_twice_is_refused() {
        let s = RequirementSettings { coaching_months: vec![9, 10, 9], ..Default::default() };
        assert_eq!(s.validate().unwrap_err().0[0].field, "settings.coaching_months");
    }

    #[test]
    fn missing_fields_take_defaults_and_unknown_fields_are_refused() {
        let s: RequirementSettings = serde_json::from_str(r#"{"monthly_coaching_minutes": 300}"#).unwrap();
        assert_eq!(s.monthly_coaching_minutes, 300);
        assert_eq!(s.program_years, 2);
        assert!(serde_json::from_str::<RequirementSettings>(r#"{"bogus": 1}"#).is_err());
        assert!(serde_json::from_str::<RequirementSettings>(r#"{"yearly_pl_minutes": -5}"#).is_err());
    }
}
