//! The Program Completion Verification (the handbook's form): ten items computed from the
//! candidate's records, each confirmed by the district representative and by the coordinator,
//! then signed by candidate, coach, district representative and coordinator in that order. An
//! enrollment becomes completed only once it is signed, and is recommended only after that.

use crate::attendance::Tally;
use crate::enrollment::EnrollmentStatus;
use crate::ilp::Coverage;
use crate::reflection::{ElementGrowth, Rating, Term};
use crate::text_enum::text_enum;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

text_enum! {
    /// The form's ten items in its order, then what the form's page also shows.
    CompletionItem {
        /// Action steps in all Individual Leadership Plans completed.
        IlpActionSteps = "ilp_action_steps",
        /// Program costs paid (zero balance).
        FeesPaid = "fees_paid",
        /// Attended the candidate cohort sessions (6).
        CohortMeetings = "cohort_meetings",
        /// Met the coaching hours over the program (80).
        CoachingHours = "coaching_hours",
        /// Completed the required end-of-year assessments (the ending reflection submitted).
        EndOfYearAssessments = "end_of_year_assessments",
        /// Demonstrates growth on the reflection assessment: every element at the expected
        /// level or above on the ending reflection.
        Growth = "growth",
        /// All six CPSEL standards addressed in ILPs.
        StandardsInIlps = "standards_in_ilps",
        /// Completed a job shadow or a Distinguished School / Gold Ribbon visit.
        JobShadowOrVisit = "job_shadow_or_visit",
        /// Attended the professional-learning hours over the program (40).
        ProfessionalLearning = "professional_learning",
        /// The employer's letter verifying two years of full-time administrative experience.
        EmployerLetter = "employer_letter",
        /// Also shown: orientation in year 1.
        Orientation = "orientation",
        /// Also shown: the end-of-year meeting of each program year.
        EndOfYearMeetings = "end_of_year_meetings",
        /// Also shown: the Application to Practice.
        ApplicationToPractice = "application_to_practice",
        /// Also shown: the three reflections.
        Reflections = "reflections",
    }
}

impl CompletionItem {
    /// One of the form's ten items, which both columns confirm (the rest are shown beside them).
    pub fn on_the_form(self) -> bool {
        !matches!(
            self,
            CompletionItem::Orientation
                | CompletionItem::EndOfYearMeetings
                | CompletionItem::ApplicationToPractice
                | CompletionItem::Reflections
        )
    }

    /// The form's ten items.
    pub fn form() -> impl Iterator<Item = CompletionItem> {
        CompletionItem::ALL.iter().copied().filter(|i| i.on_the_form())
    }
}

text_enum! {
    /// What the records say of an item.
    ItemState {
        Met = "met",
        /// Not met, and its time has passed.
        NotMet = "not_met",
        /// Not met yet; its time has not come.
        NotYetDue = "not_yet_due",
    }
}

text_enum! {
    /// The form's two columns.
    Column {
        DistrictRepresentative = "district_representative",
        Coordinator = "coordinator",
    }
}

text_enum! {
    /// The form's signatures, in the order they are given.
    Signer {
        Candidate = "candidate",
        Coach = "coach",
        DistrictRepresentative = "district_representative",
        Coordinator = "coordinator",
    }
}

impl Signer {
    pub fn label(self) -> &'static str {
        match self {
            Signer::Candidate => "the candidate",
            Signer::Coach => "the coach",
            Signer::DistrictRepresentative => "the district representative",
            Signer::Coordinator => "the coordinator",
        }
    }
}

/// One column's confirmation of one item, with what the records said when it was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirmation {
    pub item: CompletionItem,
    pub column: Column,
    pub by: crate::ids::UserId,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// The item's state when confirmed.
    pub state: ItemState,
    /// Why it is confirmed though the records do not show it met.
    pub reason: Option<String>,
}

/// One signature: who, as what, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    pub signer: Signer,
    pub by: crate::ids::UserId,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// The verification's steps: a column confirms an item or takes its confirmation back (before
/// anyone signs), a party signs. Who takes a step and when come with it (the kernel's `Moving`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompletionStep {
    Confirmed { item: CompletionItem, column: Column, state: ItemState, reason: Option<String> },
    Unconfirmed { item: CompletionItem, column: Column },
    Signed(Signer),
}

impl crate::step::Step for CompletionStep {
    fn name(&self) -> &'static str {
        match self {
            CompletionStep::Confirmed { .. } => "confirmed",
            CompletionStep::Unconfirmed { .. } => "unconfirmed",
            CompletionStep::Signed(_) => "signed",
        }
    }
}

/// The longest reason kept for confirming an item the records do not show met.
pub const MAX_REASON: usize = 2000;

/// What a verification has: its confirmations and signatures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verification {
    pub confirmations: Vec<Confirmation>,
    pub signatures: Vec<Signature>,
}

impl Verification {
    pub fn confirmation(&self, item: CompletionItem, column: Column) -> Option<&Confirmation> {
        self.confirmations.iter().find(|c| c.item == item && c.column == column)
    }

    pub fn signature(&self, signer: Signer) -> Option<&Signature> {
        self.signatures.iter().find(|s| s.signer == signer)
    }

    /// Every party has signed.
    pub fn is_signed(&self) -> bool {
        Signer::ALL.iter().all(|s| self.signature(*s).is_some())
    }

    /// The confirmations still missing, as "item (column)".
    pub fn unconfirmed(&self) -> Vec<String> {
        CompletionItem::form()
            .flat_map(|item| Column::ALL.iter().map(move |col| (item, *col)))
            .filter(|(item, col)| self.confirmation(*item, *col).is_none())
            .map(|(item, col)| format!("{item} ({col})"))
            .collect()
    }

    /// Takes `step`, by `by` at `at`.
    pub fn after(&mut self, step: &CompletionStep, by: crate::ids::UserId, at: OffsetDateTime) -> Result<(), Refusal> {
        match step {
            CompletionStep::Confirmed { item, column, state, reason } => self.confirm(Confirmation {
                item: *item,
                column: *column,
                by,
                at,
                state: *state,
                reason: reason.clone(),
            }),
            CompletionStep::Unconfirmed { item, column } => self.unconfirm(*item, *column),
            CompletionStep::Signed(signer) => self.sign(Signature { signer: *signer, by, at }),
        }
    }

    /// Confirms `item` in `column` (again: the newer confirmation replaces the older), or
    /// refuses: the item is not on the form, someone has signed, or the records do not show it
    /// met and no reason is given.
    pub fn confirm(&mut self, c: Confirmation) -> Result<(), Refusal> {
        if !c.item.on_the_form() {
            return Err(Refusal::invalid(
                "item",
                format!("{} is shown beside the form's items, not confirmed", c.item),
            ));
        }
        self.unsigned()?;
        let reason = c.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
        if reason.is_some_and(|r| r.chars().count() > MAX_REASON) {
            return Err(Refusal::invalid("reason", format!("must be at most {MAX_REASON} characters")));
        }
        if c.state != ItemState::Met && reason.is_none() {
            return Err(Refusal::invalid(
                "reason",
                format!("the records show {} as {}: say why you confirm it", c.item, c.state),
            ));
        }
        let c = Confirmation { reason: reason.map(str::to_string), ..c };
        self.confirmations.retain(|o| !(o.item == c.item && o.column == c.column));
        self.confirmations.push(c);
        Ok(())
    }

    /// Takes `column`'s confirmation of `item` back, before anyone has signed.
    pub fn unconfirm(&mut self, item: CompletionItem, column: Column) -> Result<(), Refusal> {
        self.unsigned()?;
        if self.confirmation(item, column).is_none() {
            return Err(Refusal::field("item", format!("{item} is not confirmed in the {column} column")));
        }
        self.confirmations.retain(|o| !(o.item == item && o.column == column));
        Ok(())
    }

    /// Adds `s` in the form's order: once both columns have confirmed every item, each party
    /// after the one before, once.
    pub fn sign(&mut self, s: Signature) -> Result<(), Refusal> {
        let unconfirmed = self.unconfirmed();
        if !unconfirmed.is_empty() {
            return Err(Refusal::field(
                "signer",
                format!(
                    "both columns confirm every item before anyone signs; not yet confirmed: {}",
                    unconfirmed.join(", ")
                ),
            ));
        }
        if self.signature(s.signer).is_some() {
            return Err(Refusal::field("signer", format!("{} has already signed", s.signer.label())));
        }
        let position = Signer::ALL.iter().position(|x| *x == s.signer).expect("every signer is listed");
        if let Some(before) = Signer::ALL[..position].iter().find(|x| self.signature(**x).is_none()) {
            return Err(Refusal::field("signer", format!("{} signs after {}", s.signer.label(), before.label())));
        }
        self.signatures.push(s);
        Ok(())
    }

    /// Whose signature the form waits for: once both columns have confirmed every item, the
    /// first party in the form's order who has not signed; nobody before that, or once signed.
    pub fn asked(&self) -> Option<Signer> {
        if self.unconfirmed().is_empty() {
            self.unsigned_by().first().copied()
        } else {
            None
        }
    }

    /// The signatures still missing, in order.
    pub fn unsigned_by(&self) -> Vec<Signer> {
        Signer::ALL.iter().copied().filter(|s| self.signature(*s).is_none()).collect()
    }

    fn unsigned(&self) -> Result<(), Refusal> {
        match self.signatures.first() {
            Some(s) => Err(Refusal::field(
                "signatures",
                format!("{} has signed the form; its confirmations no longer change", s.signer.label()),
            )),
            None => Ok(()),
        }
    }

    /// Whether an enrollment may move to `to`: completed only once the form is signed,
    /// recommended only after that. Other statuses are not the form's concern.
    pub fn allows_status(&self, to: EnrollmentStatus) -> Result<(), Refusal> {
        if !matches!(to, EnrollmentStatus::Completed | EnrollmentStatus::Recommended) || self.is_signed() {
            return Ok(());
        }
        let mut missing = self.unconfirmed();
        missing.extend(self.unsigned_by().into_iter().map(|s| format!("the signature of {}", s.label())));
        Err(Refusal::field(
            "status",
            format!("the Program Completion Verification is not signed; missing: {}", missing.join(", ")),
        ))
    }
}

/// Why a change to the form is refused: a conflict with its state (409) or a bad input (422),
/// naming the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub field: &'static str,
    pub message: String,
    /// Bad input rather than a state that refuses the change.
    pub invalid: bool,
}

impl Refusal {
    fn field(field: &'static str, message: String) -> Refusal {
        Refusal { field, message, invalid: false }
    }
    fn invalid(field: &'static str, message: String) -> Refusal {
        Refusal { field, message, invalid: true }
    }
}

/// One reflection term as the form needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermFact {
    pub term: Term,
    pub due_on: Date,
    pub submitted: bool,
}

/// What the records say, gathered for one enrollment. Every number comes from the program's
/// settings through the ledgers that computed it.
#[derive(Debug, Clone)]
pub struct Facts {
    pub today: Date,
    pub cohort_start: Date,
    /// The end of year 1 (the Application to Practice is due then).
    pub year_one_ends: Date,
    /// When the form is due: the year-2 end-of-year meeting, or the program's end when none
    /// is scheduled.
    pub form_due_on: Date,
    pub ilps: Coverage,
    pub balance_cents: i64,
    pub overdue_cents: i64,
    pub cohort_meetings: Tally,
    pub orientation: Option<Tally>,
    /// Each program year's end-of-year meeting count, with the last day it may be made up.
    pub end_of_year: Vec<(u32, Tally, Date)>,
    pub coaching_minutes: u32,
    pub coaching_required_minutes: u32,
    pub reflections: Vec<TermFact>,
    /// The submitted ending reflection's elements (empty until it is submitted).
    pub ending: Vec<ElementGrowth>,
    pub expected_rating: u8,
    pub job_shadow_or_visit_done: bool,
    pub pl_minutes: u32,
    pub pl_required_minutes: u32,
    pub employer_letters: u32,
    pub application_to_practice_submitted: bool,
}

/// One item as the records show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ItemCheck {
    pub item: CompletionItem,
    /// One of the form's ten (confirmed by both columns), or shown beside them.
    pub on_the_form: bool,
    pub state: ItemState,
    /// What the records show ("72 h 30 of 80 h").
    pub summary: String,
    /// What is still missing, each a line.
    pub missing: Vec<String>,
    /// When it is due; before then an unmet item is "not yet due".
    pub due_on: Date,
}

/// Minutes as hours: "72 h 30", "80 h".
pub fn hours(minutes: u32) -> String {
    match minutes % 60 {
        0 => format!("{} h", minutes / 60),
        m => format!("{} h {m:02}", minutes / 60),
    }
}

fn dollars(cents: i64) -> String {
    format!("${}.{:02}", cents / 100, cents % 100)
}

fn tally(t: &Tally, what: &str) -> (bool, String, Vec<String>) {
    let summary = format!("{} of {} {what} attended", t.counted, t.required);
    let missing = if t.met { vec![] } else { vec![format!("{} more {what}", t.required - t.counted.min(t.required))] };
    (t.met, summary, missing)
}

/// Every item of the form and those shown beside it, as the records show them on `f.today`.
pub fn check(f: &Facts) -> Vec<ItemCheck> {
    CompletionItem::ALL.iter().map(|item| check_item(*item, f)).collect()
}

fn check_item(item: CompletionItem, f: &Facts) -> ItemCheck {
    use CompletionItem::*;
    let due = f.form_due_on;
    let (met, summary, missing, due_on) = match item {
        IlpActionSteps => {
            let c = &f.ilps;
            let missing = if c.plans == 0 {
                vec!["no ILP yet".to_string()]
            } else if c.steps > c.steps_attained {
                vec![format!("{} action steps not attained", c.steps - c.steps_attained)]
            } else {
                vec![]
            };
            (
                c.all_steps_attained,
                format!("{} of {} action steps attained in {} ILPs", c.steps_attained, c.steps, c.plans),
                missing,
                due,
            )
        }
        FeesPaid => {
            let missing = if f.balance_cents > 0 {
                let mut m = vec![format!("{} left to pay", dollars(f.balance_cents))];
                if f.overdue_cents > 0 {
                    m.push(format!("{} overdue", dollars(f.overdue_cents)));
                }
                m
            } else {
                vec![]
            };
            (f.balance_cents <= 0, format!("balance {}", dollars(f.balance_cents.max(0))), missing, due)
        }
        CohortMeetings => {
            let (met, summary, missing) = tally(&f.cohort_meetings, "cohort meetings");
            (met, summary, missing, due)
        }
        CoachingHours => {
            let (n, of) = (f.coaching_minutes, f.coaching_required_minutes);
            let missing = if n >= of { vec![] } else { vec![format!("{} more coaching", hours(of - n))] };
            (n >= of, format!("{} of {}", hours(n), hours(of)), missing, due)
        }
        EndOfYearAssessments => {
            let ending = f.reflections.iter().find(|t| t.term == Term::Ending);
            let done = ending.is_some_and(|t| t.submitted);
            let missing = if done { vec![] } else { vec!["the ending reflection is not submitted".to_string()] };
            let summary = if done { "ending reflection submitted" } else { "ending reflection not submitted" };
            (done, summary.to_string(), missing, ending.map_or(due, |t| t.due_on))
        }
        Growth => {
            let expected = f.expected_rating;
            let below: Vec<String> = f
                .ending
                .iter()
                .filter(|e| e.ending.and_then(Rating::level).is_none_or(|l| l < expected))
                .map(|e| match e.ending {
                    Some(Rating::Level(l)) => format!("{} at {l}", e.element),
                    Some(Rating::NotApplicable(_)) => format!("{} n/a", e.element),
                    None => format!("{} not rated", e.element),
                })
                .collect();
            if f.ending.is_empty() {
                let missing = vec!["the ending reflection is not submitted".to_string()];
                (false, format!("every element at {expected} or above expected"), missing, due)
            } else {
                let at = f.ending.len() - below.len();
                let summary = format!("{at} of {} elements at {expected} or above", f.ending.len());
                let missing = below.into_iter().map(|b| format!("{b} (expected {expected})")).collect::<Vec<_>>();
                (missing.is_empty(), summary, missing, due)
            }
        }
        StandardsInIlps => {
            let c = &f.ilps;
            let missing = c.missing.iter().map(|s| format!("standard {s} not addressed")).collect();
            (c.all_standards_addressed, format!("{} of 6 standards addressed", c.addressed.len()), missing, due)
        }
        JobShadowOrVisit => {
            let done = f.job_shadow_or_visit_done;
            let missing = if done { vec![] } else { vec!["no job shadow or visit summary submitted".to_string()] };
            let summary = if done { "summary submitted" } else { "not yet" };
            (done, summary.to_string(), missing, due)
        }
        ProfessionalLearning => {
            let (n, of) = (f.pl_minutes, f.pl_required_minutes);
            let missing = if n >= of { vec![] } else { vec![format!("{} more professional learning", hours(of - n))] };
            (n >= of, format!("{} of {}", hours(n), hours(of)), missing, due)
        }
        EmployerLetter => {
            let n = f.employer_letters;
            let missing = if n > 0 { vec![] } else { vec!["no employment verification letter uploaded".to_string()] };
            (n > 0, format!("{n} letter(s) on file"), missing, due)
        }
        Orientation => {
            let first_month = f.cohort_start + time::Duration::days(31);
            match &f.orientation {
                Some(t) => {
                    let (met, summary, missing) = tally(t, "orientation");
                    (met, summary, missing, first_month)
                }
                None => (true, "no orientation required".to_string(), vec![], first_month),
            }
        }
        EndOfYearMeetings => {
            let missing: Vec<String> = f
                .end_of_year
                .iter()
                .filter(|(_, t, _)| !t.met)
                .map(|(year, _, _)| format!("the year-{year} end-of-year meeting"))
                .collect();
            let attended = f.end_of_year.iter().filter(|(_, t, _)| t.met).count();
            let last = f.end_of_year.iter().map(|(_, _, d)| *d).max().unwrap_or(due);
            // A year's meeting not attended once its make-up time has passed is not met, even
            // while a later year's is still ahead.
            let overdue = f.end_of_year.iter().any(|(_, t, d)| !t.met && *d < f.today);
            let due_on = if overdue { f.today.previous_day().unwrap_or(f.today) } else { last };
            (missing.is_empty(), format!("{attended} of {} years attended", f.end_of_year.len()), missing, due_on)
        }
        ApplicationToPractice => {
            let done = f.application_to_practice_submitted;
            let missing = if done { vec![] } else { vec!["the Application to Practice is not submitted".to_string()] };
            (done, if done { "submitted" } else { "not submitted" }.to_string(), missing, f.year_one_ends)
        }
        Reflections => {
            let late: Vec<&TermFact> = f.reflections.iter().filter(|t| !t.submitted).collect();
            let missing = late.iter().map(|t| format!("the {} reflection (due {})", t.term, t.due_on)).collect();
            let due_on = late.iter().map(|t| t.due_on).min().unwrap_or(due);
            let submitted = f.reflections.len() - late.len();
            (late.is_empty(), format!("{submitted} of {} submitted", f.reflections.len()), missing, due_on)
        }
    };
    let state = if met {
        ItemState::Met
    } else if f.today <= due_on {
        ItemState::NotYetDue
    } else {
        ItemState::NotMet
    };
    ItemCheck { item, on_the_form: item.on_the_form(), state, summary, missing, due_on }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;
    use time::macros::{date, datetime};

    const TODAY: Date = date!(2027 - 05 - 01);

    fn tally(counted: u32, required: u32) -> Tally {
        Tally { counted, made_up: 0, offered: counted, required, met: counted >= required }
    }

    fn element(code: &str, ending: Option<Rating>) -> ElementGrowth {
        ElementGrowth { element: code.into(), initial: None, interim: None, ending, change: None, below_meets: false }
    }

    /// A candidate who has done everything.
    fn done() -> Facts {
        Facts {
            today: TODAY,
            cohort_start: date!(2025 - 09 - 01),
            year_one_ends: date!(2026 - 08 - 31),
            form_due_on: date!(2027 - 06 - 10),
            ilps: Coverage {
                addressed: vec![1, 2, 3, 4, 5, 6],
                missing: vec![],
                plans: 3,
                completed_plans: 3,
                steps: 9,
                steps_attained: 9,
                all_standards_addressed: true,
                all_steps_attained: true,
            },
            balance_cents: 0,
            overdue_cents: 0,
            cohort_meetings: tally(6, 6),
            orientation: Some(tally(1, 1)),
            end_of_year: vec![(1, tally(1, 1), date!(2026 - 07 - 10)), (2, tally(0, 1), date!(2027 - 07 - 10))],
            coaching_minutes: 80 * 60,
            coaching_required_minutes: 80 * 60,
            reflections: [Term::Initial, Term::Interim, Term::Ending]
                .map(|term| TermFact { term, due_on: date!(2027 - 05 - 10), submitted: true })
                .to_vec(),
            ending: vec![element("1A", Some(Rating::Level(3))), element("1B", Some(Rating::Level(4)))],
            expected_rating: 3,
            job_shadow_or_visit_done: true,
            pl_minutes: 40 * 60,
            pl_required_minutes: 40 * 60,
            employer_letters: 1,
            application_to_practice_submitted: true,
        }
    }

    fn state(f: &Facts, item: CompletionItem) -> ItemCheck {
        check(f).into_iter().find(|c| c.item == item).expect("every item is checked")
    }

    #[test]
    fn a_candidate_who_did_everything_meets_the_ten_items() {
        let checks = check(&done());
        assert_eq!(checks.iter().filter(|c| c.on_the_form).count(), 10);
        for c in checks.iter().filter(|c| c.on_the_form) {
            assert_eq!(c.state, ItemState::Met, "{:?}", c);
            assert!(c.missing.is_empty());
        }
    }

    #[test]
    fn each_item_says_what_is_missing_and_whether_its_time_has_passed() {
        let mut f = done();
        f.coaching_minutes = 72 * 60 + 30;
        let c = state(&f, CompletionItem::CoachingHours);
        assert_eq!((c.state, c.summary.as_str()), (ItemState::NotYetDue, "72 h 30 of 80 h"));
        assert_eq!(c.missing, ["7 h 30 more coaching"]);
        f.today = date!(2027 - 06 - 11);
        assert_eq!(state(&f, CompletionItem::CoachingHours).state, ItemState::NotMet, "after the form's due date");

        let mut f = done();
        f.balance_cents = 350_000;
        f.overdue_cents = 100_050;
        assert_eq!(state(&f, CompletionItem::FeesPaid).missing, ["$3500.00 left to pay", "$1000.50 overdue"]);
        f.ilps.missing = vec![4];
        f.ilps.all_standards_addressed = false;
        assert_eq!(state(&f, CompletionItem::StandardsInIlps).missing, ["standard 4 not addressed"]);
        f.cohort_meetings = tally(4, 6);
        assert_eq!(state(&f, CompletionItem::CohortMeetings).missing, ["2 more cohort meetings"]);
        f.employer_letters = 0;
        assert_ne!(state(&f, CompletionItem::EmployerLetter).state, ItemState::Met);
    }

    #[test]
    fn growth_is_shown_element_by_element_against_the_expected_level() {
        let mut f = done();
        f.ending.push(element("2A", Some(Rating::Level(2))));
        f.ending.push(element("2B", Some(Rating::NotApplicable(crate::reflection::NotApplicable::Na))));
        let c = state(&f, CompletionItem::Growth);
        assert_eq!(c.summary, "2 of 4 elements at 3 or above");
        assert_eq!(c.missing, ["2A at 2 (expected 3)", "2B n/a (expected 3)"]);
        f.expected_rating = 2;
        assert_eq!(state(&f, CompletionItem::Growth).missing, ["2B n/a (expected 2)"], "the program's setting");
        f.ending.clear();
        assert_ne!(state(&f, CompletionItem::Growth).state, ItemState::Met, "no ending reflection, no growth shown");
    }

    #[test]
    fn a_missed_end_of_year_meeting_is_not_met_once_its_make_up_time_passed() {
        let mut f = done();
        f.end_of_year[0].1 = tally(0, 1);
        let c = state(&f, CompletionItem::EndOfYearMeetings);
        assert_eq!(
            (c.state, c.missing.as_slice()),
            (
                ItemState::NotMet,
                ["the year-1 end-of-year meeting".to_string(), "the year-2 end-of-year meeting".to_string()].as_slice()
            )
        );
        f.end_of_year[0].1 = tally(1, 1);
        assert_eq!(state(&f, CompletionItem::EndOfYearMeetings).state, ItemState::NotYetDue, "year 2's is ahead");
    }

    fn by() -> UserId {
        UserId::new()
    }

    fn confirmation(item: CompletionItem, column: Column, state: ItemState, reason: Option<&str>) -> Confirmation {
        Confirmation {
            item,
            column,
            by: by(),
            at: datetime!(2027-05-01 10:00 UTC),
            state,
            reason: reason.map(str::to_string),
        }
    }

    fn confirmed() -> Verification {
        let mut v = Verification::default();
        for item in CompletionItem::form() {
            for column in Column::ALL {
                v.confirm(confirmation(item, *column, ItemState::Met, None)).unwrap();
            }
        }
        v
    }

    fn signature(signer: Signer) -> Signature {
        Signature { signer, by: by(), at: datetime!(2027-05-02 10:00 UTC) }
    }

    #[test]
    fn confirming_an_item_not_met_needs_a_reason() {
        let mut v = Verification::default();
        let refused =
            v.confirm(confirmation(CompletionItem::CoachingHours, Column::Coordinator, ItemState::NotMet, Some("  ")));
        assert_eq!(refused.unwrap_err().field, "reason");
        v.confirm(confirmation(
            CompletionItem::CoachingHours,
            Column::Coordinator,
            ItemState::NotMet,
            Some(" logs on paper "),
        ))
        .unwrap();
        assert_eq!(v.confirmations[0].reason.as_deref(), Some("logs on paper"));
        let shown_only =
            v.confirm(confirmation(CompletionItem::Orientation, Column::Coordinator, ItemState::Met, None));
        assert_eq!(shown_only.unwrap_err().field, "item");
    }

    #[test]
    fn signatures_come_after_every_confirmation_in_the_forms_order() {
        let mut v = Verification::default();
        assert_eq!(v.sign(signature(Signer::Candidate)).unwrap_err().field, "signer", "nothing confirmed yet");
        let mut v = confirmed();
        v.unconfirm(CompletionItem::FeesPaid, Column::DistrictRepresentative).unwrap();
        let refused = v.sign(signature(Signer::Candidate)).unwrap_err();
        assert!(refused.message.contains("fees_paid (district_representative)"), "{}", refused.message);

        assert_eq!(v.asked(), None, "nobody is asked to sign before every item is confirmed");
        let mut v = confirmed();
        let refused = v.sign(signature(Signer::Coach)).unwrap_err();
        assert_eq!(refused.message, "the coach signs after the candidate");
        for s in Signer::ALL {
            assert!(!v.is_signed());
            assert_eq!(v.asked(), Some(*s), "each in turn");
            v.sign(signature(*s)).unwrap();
        }
        assert!(v.is_signed());
        assert_eq!(v.asked(), None);
        assert!(v.sign(signature(Signer::Coordinator)).is_err(), "once");
    }

    #[test]
    fn a_signed_form_keeps_its_confirmations() {
        let mut v = confirmed();
        v.sign(signature(Signer::Candidate)).unwrap();
        assert_eq!(v.unconfirm(CompletionItem::FeesPaid, Column::Coordinator).unwrap_err().field, "signatures");
        let again = confirmation(CompletionItem::FeesPaid, Column::Coordinator, ItemState::Met, None);
        assert_eq!(v.confirm(again).unwrap_err().field, "signatures");
    }

    #[test]
    fn completed_and_recommended_wait_for_the_signed_form() {
        use EnrollmentStatus::*;
        let mut v = confirmed();
        for s in &Signer::ALL[..3] {
            v.sign(signature(*s)).unwrap();
        }
        for to in [Completed, Recommended] {
            let refused = v.allows_status(to).unwrap_err();
            assert_eq!(refused.field, "status");
            assert!(refused.message.ends_with("missing: the signature of the coordinator"), "{}", refused.message);
        }
        assert!(v.allows_status(Withdrawn).is_ok(), "not the form's concern");
        v.sign(signature(Signer::Coordinator)).unwrap();
        assert!(v.allows_status(Completed).is_ok());
    }
}
