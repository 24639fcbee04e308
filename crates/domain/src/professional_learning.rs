//! Professional learning: the alternative PL record (the handbook's Professional Learning
//! Reflection form) and the ledger that counts a candidate's PL hours per program year from
//! the program's PL days attended (capped), approved alternative PL and the Application to
//! Practice when the candidate counts it, against a requirement an approved doctoral waiver
//! reduces. Amounts are whole minutes.

use crate::doctoral_waiver::{self, WaivedPl};
use crate::document::DocumentKind;
use crate::program_year::{program_end, program_year};
use crate::settings::RequirementSettings;
use crate::standards::cpsel;
use crate::text_enum::text_enum;
use crate::validation::FieldError;
use serde::{Deserialize, Serialize};
use time::Date;
use utoipa::ToSchema;

text_enum! {
    /// Draft → submitted (waiting in the coordinator's queue) → approved or denied. A denied
    /// record can be corrected and submitted again.
    PlStatus {
        Draft = "draft",
        Submitted = "submitted",
        Approved = "approved",
        Denied = "denied",
    }
}

crate::step::steps! {
    /// An alternative professional learning's steps: the candidate (or their coach) writes and
    /// submits it; a coordinator approves or denies it; a denied one is corrected and submitted
    /// again.
    PlStep {
        Edited = "edited",
        Submitted = "submitted",
        Approved = "approved",
        Denied = "denied",
    }
}

impl PlStatus {
    /// The status after `step`, or why this one refuses it.
    pub fn after(self, step: PlStep) -> Result<PlStatus, crate::step::Refused> {
        use PlStatus::*;
        let written = [Draft, Denied];
        match step {
            PlStep::Edited => crate::step::editable(self, &written),
            PlStep::Submitted => crate::step::submitted(self, &written, Submitted),
            PlStep::Approved | PlStep::Denied if self != Submitted => {
                Err(crate::step::Refused(format!("it is {self}; only a submitted one is decided")))
            }
            PlStep::Approved => Ok(Approved),
            PlStep::Denied => Ok(Denied),
        }
    }
}

/// The time the Application to Practice counts for, when the candidate chooses (2 hours).
pub const ATP_MINUTES: u32 = 120;
pub const MAX_TITLE: usize = 200;
pub const MAX_TEXT: usize = 20_000;
/// One day's professional learning is at most 24 hours.
pub const MAX_MINUTES: i32 = 24 * 60;

/// The three PDFs that validate an alternative PL (the handbook's list).
pub const REQUIRED_DOCUMENTS: [DocumentKind; 3] =
    [DocumentKind::PlReflection, DocumentKind::PlAgenda, DocumentKind::PlSignInSheet];

/// Which of the three required PDFs are not among `attached`.
pub fn missing_documents(attached: &[DocumentKind]) -> Vec<DocumentKind> {
    REQUIRED_DOCUMENTS.into_iter().filter(|k| !attached.contains(k)).collect()
}

/// The reflection form's own fields, beside the title, date, hours and ILP kept as columns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct PlReflection {
    /// The CPSEL standards (1–6) this PL helps the candidate grow in.
    #[schema(example = json!([2, 3]))]
    pub standards: Vec<u8>,
    /// Where the candidate was on the continuum (0–4) before the PL.
    #[schema(maximum = 4)]
    pub placement_before: Option<u8>,
    /// And after it.
    #[schema(maximum = 4)]
    pub placement_after: Option<u8>,
    /// The summary, and how it correlates with the ILP's goals or helped growth in the CPSELs.
    #[schema(max_length = 20000)]
    pub summary: String,
}

/// Rules every save meets: a title, a day's hours, standards 1–6, placements 0–4, bounded text.
pub fn check_fields(title: &str, minutes: i32, r: &PlReflection) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if title.trim().is_empty() {
        errors.push(FieldError::new("title", "is required"));
    } else if title.chars().count() > MAX_TITLE {
        errors.push(FieldError::new("title", format!("must be at most {MAX_TITLE} characters")));
    }
    if minutes <= 0 {
        errors.push(FieldError::new("minutes", "must be more than zero"));
    } else if minutes > MAX_MINUTES {
        errors.push(FieldError::new("minutes", "must be at most 24 hours (1440 minutes) for one day"));
    }
    let standards = cpsel().standards.len() as u8;
    if r.standards.iter().any(|s| !(1..=standards).contains(s)) {
        errors.push(FieldError::new("standards", format!("must be standards 1 to {standards}")));
    }
    for (name, p) in [("placement_before", r.placement_before), ("placement_after", r.placement_after)] {
        if p.is_some_and(|p| p > 4) {
            errors.push(FieldError::new(name, "must be 0 to 4"));
        }
    }
    if r.summary.chars().count() > MAX_TEXT {
        errors.push(FieldError::new("summary", format!("must be at most {MAX_TEXT} characters")));
    }
    errors
}

/// What submitting needs beyond a valid save: the standards and the summary.
pub fn check_submit(r: &PlReflection) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if r.standards.is_empty() {
        errors.push(FieldError::new("standards", "name at least one CPSEL standard"));
    }
    if r.placement_before.is_none() {
        errors.push(FieldError::new("placement_before", "is required"));
    }
    if r.summary.trim().is_empty() {
        errors.push(FieldError::new("summary", "is required"));
    }
    errors
}

/// Where a ledger entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlSource {
    /// A program PL day attended (or made up).
    ProgramEvent,
    /// An alternative PL the candidate and coach chose.
    Alternative,
    /// The Application to Practice, counted by the candidate's choice.
    ApplicationToPractice,
}

/// One amount of professional learning on a day; `pending` when it waits for approval (or,
/// for the Application to Practice, its submission).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlEntry {
    pub source: PlSource,
    pub on: Date,
    pub minutes: u32,
    pub pending: bool,
}

/// One program year's professional learning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct PlYear {
    pub year: u32,
    pub start_date: Date,
    pub end_date: Date,
    /// Program PL days attended.
    pub program_event_minutes: u32,
    /// Of those, what counts (at most the program's cap a year).
    pub program_event_counted_minutes: u32,
    /// What the cap set aside.
    pub set_aside_minutes: u32,
    pub alternative_minutes: u32,
    pub application_to_practice_minutes: u32,
    /// Everything that counts this year.
    pub counted_minutes: u32,
    /// Waiting for a coordinator's approval (not counted yet).
    pub pending_minutes: u32,
    /// Taken off the year's requirement by an approved doctoral waiver.
    pub waived_minutes: u32,
    /// The program's yearly requirement less what is waived.
    pub required_minutes: u32,
    pub remaining_minutes: u32,
    pub meets: bool,
    /// Whole months left in the year from today (0 once it is over).
    pub months_left: u32,
    /// Minutes a month needed to finish the year on time.
    pub pace_minutes_per_month: u32,
}

/// A candidate's professional learning, year by year and in total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct PlLedger {
    pub yearly_required_minutes: u32,
    /// The program's total less what an approved doctoral waiver takes off.
    pub total_required_minutes: u32,
    pub max_program_event_minutes_per_year: u32,
    /// The activities approved doctoral waivers waive (empty without one).
    pub waived: Vec<WaivedPl>,
    pub waived_minutes: u32,
    pub counted_minutes: u32,
    pub pending_minutes: u32,
    pub remaining_minutes: u32,
    pub meets_total: bool,
    pub current_year: Option<u32>,
    pub years: Vec<PlYear>,
}

/// Whole months from `today` to `end` (a started month counts), 0 once `end` has passed.
fn months_left(today: Date, start: Date, end: Date) -> u32 {
    if today > end {
        return 0;
    }
    let from = today.max(start);
    let months = (end.year() - from.year()) * 12 + i32::from(u8::from(end.month())) - i32::from(u8::from(from.month()));
    months.max(0) as u32 + 1
}

/// Counts `entries` for a cohort that started on `cohort_start` over `years` program years
/// (more when an entry falls later: an extension) against the requirement less the `waived`
/// activities. Entries before the start count in year 1.
pub fn pl_ledger(
    s: &RequirementSettings,
    cohort_start: Date,
    years: u32,
    today: Date,
    entries: &[PlEntry],
    waived: &[WaivedPl],
) -> PlLedger {
    let year_of = |d: Date| program_year(cohort_start, d).unwrap_or(1);
    let last = entries.iter().map(|e| year_of(e.on)).max().unwrap_or(1).max(years.max(1));
    let mut out: Vec<PlYear> = (1..=last)
        .map(|year| {
            let waived_minutes = if year <= years { doctoral_waiver::minutes_in(waived, year) } else { 0 };
            let start_date = if year == 1 {
                cohort_start
            } else {
                program_end(cohort_start, year - 1).next_day().expect("a next day")
            };
            PlYear {
                year,
                start_date,
                end_date: program_end(cohort_start, year),
                program_event_minutes: 0,
                program_event_counted_minutes: 0,
                set_aside_minutes: 0,
                alternative_minutes: 0,
                application_to_practice_minutes: 0,
                counted_minutes: 0,
                pending_minutes: 0,
                waived_minutes,
                required_minutes: if year <= years { s.yearly_pl_minutes.saturating_sub(waived_minutes) } else { 0 },
                remaining_minutes: 0,
                meets: false,
                months_left: 0,
                pace_minutes_per_month: 0,
            }
        })
        .collect();
    for e in entries {
        let y = &mut out[year_of(e.on) as usize - 1];
        if e.pending {
            y.pending_minutes += e.minutes;
            continue;
        }
        match e.source {
            PlSource::ProgramEvent => y.program_event_minutes += e.minutes,
            PlSource::Alternative => y.alternative_minutes += e.minutes,
            PlSource::ApplicationToPractice => y.application_to_practice_minutes += e.minutes,
        }
    }
    for y in &mut out {
        y.program_event_counted_minutes = y.program_event_minutes.min(s.max_program_pl_minutes_per_year);
        y.set_aside_minutes = y.program_event_minutes - y.program_event_counted_minutes;
        y.counted_minutes = y.program_event_counted_minutes + y.alternative_minutes + y.application_to_practice_minutes;
        y.remaining_minutes = y.required_minutes.saturating_sub(y.counted_minutes);
        y.meets = y.remaining_minutes == 0;
        y.months_left = months_left(today, y.start_date, y.end_date);
        y.pace_minutes_per_month = match y.months_left {
            0 => 0,
            m => y.remaining_minutes.div_ceil(m),
        };
    }
    let counted: u32 = out.iter().map(|y| y.counted_minutes).sum();
    let waived_minutes: u32 = out.iter().map(|y| y.waived_minutes).sum();
    let total_required = s.total_pl_minutes.saturating_sub(waived_minutes);
    PlLedger {
        yearly_required_minutes: s.yearly_pl_minutes,
        total_required_minutes: total_required,
        max_program_event_minutes_per_year: s.max_program_pl_minutes_per_year,
        waived: waived.to_vec(),
        waived_minutes,
        counted_minutes: counted,
        pending_minutes: out.iter().map(|y| y.pending_minutes).sum(),
        remaining_minutes: total_required.saturating_sub(counted),
        meets_total: counted >= total_required,
        current_year: program_year(cohort_start, today).filter(|y| *y <= last),
        years: out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    const START: Date = date!(2025 - 09 - 01);

    fn entry(source: PlSource, on: Date, minutes: u32) -> PlEntry {
        PlEntry { source, on, minutes, pending: false }
    }

    #[test]
    fn program_days_count_for_at_most_sixteen_of_the_twenty_hours() {
        let s = RequirementSettings::default();
        let entries = [
            entry(PlSource::ProgramEvent, date!(2025 - 10 - 04), 8 * 60),
            entry(PlSource::ProgramEvent, date!(2026 - 03 - 07), 8 * 60),
            entry(PlSource::ProgramEvent, date!(2026 - 04 - 11), 6 * 60),
            entry(PlSource::Alternative, date!(2026 - 05 - 02), 3 * 60),
            PlEntry { pending: true, ..entry(PlSource::Alternative, date!(2026 - 05 - 09), 60) },
        ];
        let l = pl_ledger(&s, START, 2, date!(2026 - 06 - 15), &entries, &[]);
        let y1 = &l.years[0];
        assert_eq!(y1.program_event_minutes, 22 * 60);
        assert_eq!(y1.program_event_counted_minutes, 16 * 60);
        assert_eq!(y1.set_aside_minutes, 6 * 60);
        assert_eq!(y1.counted_minutes, 19 * 60);
        assert_eq!(y1.pending_minutes, 60);
        assert_eq!(y1.remaining_minutes, 60);
        assert!(!y1.meets);
        assert_eq!(y1.months_left, 3, "June, July, August");
        assert_eq!(y1.pace_minutes_per_month, 20);
        assert_eq!(l.current_year, Some(1));
        assert_eq!(l.remaining_minutes, 21 * 60);
    }

    #[test]
    fn the_application_to_practice_adds_two_hours_to_its_year() {
        let s = RequirementSettings::default();
        let entries = [
            entry(PlSource::ProgramEvent, date!(2026 - 10 - 03), 16 * 60),
            entry(PlSource::ApplicationToPractice, date!(2026 - 09 - 10), ATP_MINUTES),
            entry(PlSource::Alternative, date!(2027 - 02 - 01), 2 * 60),
        ];
        let l = pl_ledger(&s, START, 2, date!(2027 - 03 - 01), &entries, &[]);
        assert_eq!(l.years[1].counted_minutes, 20 * 60);
        assert!(l.years[1].meets);
        assert_eq!(l.years[1].pace_minutes_per_month, 0);
        assert!(!l.years[0].meets);
    }

    #[test]
    fn a_doctoral_waiver_takes_its_activities_off_their_years_requirement() {
        use crate::request::WaivableTopic;
        let s = RequirementSettings::default();
        let waived = [
            WaivedPl { topic: WaivableTopic::FinanceAndBudget, activity: "PL Day 4".into(), year: 1, minutes: 6 * 60 },
            WaivedPl { topic: WaivableTopic::HumanResources, activity: "PL Day 6".into(), year: 2, minutes: 4 * 60 },
        ];
        let entries = [
            entry(PlSource::ProgramEvent, date!(2025 - 10 - 04), 8 * 60),
            entry(PlSource::Alternative, date!(2026 - 02 - 01), 6 * 60),
            entry(PlSource::ProgramEvent, date!(2026 - 10 - 03), 16 * 60),
        ];
        let l = pl_ledger(&s, START, 2, date!(2027 - 09 - 01), &entries, &waived);
        assert_eq!((l.years[0].waived_minutes, l.years[0].required_minutes), (6 * 60, 14 * 60));
        assert!(l.years[0].meets, "14 hours done of the 14 left after the waiver");
        assert_eq!(l.years[1].required_minutes, 16 * 60);
        assert!(l.years[1].meets);
        assert_eq!((l.total_required_minutes, l.waived_minutes), (30 * 60, 10 * 60));
        assert!(l.meets_total, "30 hours counted of the 30 required");
        let without = pl_ledger(&s, START, 2, date!(2027 - 09 - 01), &entries, &[]);
        assert!(!without.meets_total && !without.years[0].meets);
        assert_eq!(without.remaining_minutes, 10 * 60);
    }

    #[test]
    fn the_three_pdfs_are_required() {
        assert_eq!(missing_documents(&[DocumentKind::PlAgenda, DocumentKind::Other]).len(), 2);
        assert!(missing_documents(&REQUIRED_DOCUMENTS).is_empty());
    }

    #[test]
    fn bad_fields_are_named() {
        let r = PlReflection { standards: vec![0, 7], placement_before: Some(5), ..PlReflection::default() };
        let fields: Vec<_> = check_fields(" ", -30, &r).into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "minutes", "standards", "placement_before"]);
        assert_eq!(check_fields("Summit", 1441, &PlReflection::default())[0].field, "minutes");
        let submit: Vec<_> = check_submit(&PlReflection::default()).into_iter().map(|e| e.field).collect();
        assert_eq!(submit, ["standards", "placement_before", "summary"]);
    }

    fn entries() -> impl Strategy<Value = Vec<PlEntry>> {
        let source = prop_oneof![
            Just(PlSource::ProgramEvent),
            Just(PlSource::Alternative),
            Just(PlSource::ApplicationToPractice)
        ];
        proptest::collection::vec(
            (source, 0i64..(3 * 366), 0u32..=1440, any::<bool>()).prop_map(|(source, day, minutes, pending)| PlEntry {
                source,
                on: START + time::Duration::days(day),
                minutes,
                pending,
            }),
            0..40,
        )
    }

    proptest! {
        #[test]
        fn the_cap_and_the_totals_hold(entries in entries(), cap in 0u32..3000, today in 0i64..1200) {
            let s = RequirementSettings { max_program_pl_minutes_per_year: cap, ..RequirementSettings::default() };
            let l = pl_ledger(&s, START, 2, START + time::Duration::days(today), &entries, &[]);
            let all: u32 = entries.iter().map(|e| e.minutes).sum();
            let mut kept = 0;
            for y in &l.years {
                prop_assert!(y.program_event_counted_minutes <= cap);
                prop_assert_eq!(y.program_event_counted_minutes + y.set_aside_minutes, y.program_event_minutes);
                prop_assert_eq!(
                    y.counted_minutes,
                    y.program_event_counted_minutes + y.alternative_minutes + y.application_to_practice_minutes
                );
                prop_assert_eq!(y.meets, y.counted_minutes >= y.required_minutes);
                prop_assert!(y.pace_minutes_per_month * y.months_left >= y.remaining_minutes || y.months_left == 0);
                kept += y.counted_minutes + y.set_aside_minutes + y.pending_minutes;
            }
            prop_assert_eq!(kept, all, "every minute is counted, set aside or pending");
            prop_assert_eq!(l.counted_minutes, l.years.iter().map(|y| y.counted_minutes).sum::<u32>());
            prop_assert_eq!(l.meets_total, l.counted_minutes >= s.total_pl_minutes);
        }
    }
}
