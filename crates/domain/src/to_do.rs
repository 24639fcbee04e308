//! What someone must do next in a program: the list each home starts with. The kinds of thing
//! asked, and when a record asks for it (a due date near, a signature whose turn it is).

use crate::completion::{hours, Column, CompletionItem, Signer, Verification};
use crate::ilp::{ActionStep, StepStatus};
use crate::ledger::{Ledger, MonthStatus};
use crate::text_enum::text_enum;
use time::{Date, Duration};

text_enum! {
    /// Something to do next, each done on one page.
    ToDoKind {
        /// A coaching log submitted by the coach, for the candidate to acknowledge.
        AcknowledgeLog = "acknowledge_log",
        /// A reflection due soon or overdue, not yet submitted.
        ReflectionDue = "reflection_due",
        /// Action steps of an active ILP due soon or overdue, not yet attained.
        IlpStepsDue = "ilp_steps_due",
        /// The Application to Practice, due at the end of year 1, not yet submitted.
        ApplicationToPractice = "application_to_practice",
        /// A required meeting (orientation, cohort meeting, end-of-year meeting) ahead, not
        /// registered for.
        RegisterForEvent = "register_for_event",
        /// Installments due soon or overdue, not yet paid.
        InstallmentsDue = "installments_due",
        /// Fewer coaching hours this year than the monthly minimum asks for the months over.
        CoachingHoursBehind = "coaching_hours_behind",
        /// Completion items whose time has passed, not met.
        CompletionItemsMissing = "completion_items_missing",
        /// A counted month with less coaching logged than the monthly minimum so far.
        LogsThisMonth = "logs_this_month",
        /// A coaching log the candidate returned to its coach to revise.
        LogReturned = "log_returned",
        /// Coaching logs submitted and not yet acknowledged by the candidate.
        AwaitingAcknowledgement = "awaiting_acknowledgement",
        /// Professional learning submitted for approval.
        ApproveProfessionalLearning = "approve_professional_learning",
        /// Requests (and doctoral waivers) waiting for the caller's decision.
        DecideRequests = "decide_requests",
        /// Completion items the caller's column has not confirmed, near the program's end.
        ConfirmCompletion = "confirm_completion",
        /// The Program Completion Verification, waiting for the caller's signature.
        SignCompletion = "sign_completion",
        /// A follow-up the program's staff sent the candidate, still open.
        FollowUp = "follow_up",
        /// Follow-ups sent to the program's candidates and not yet resolved.
        FollowUpsOpen = "follow_ups_open",
        /// The e-portfolio to mark reviewed for a program year ending within 60 days (or over).
        ReviewPortfolio = "review_portfolio",
    }
}

/// How near a due date is when it is asked for.
pub const SOON_DAYS: i64 = 30;

/// How long before the program's end the completion form's columns are asked to confirm.
pub const CONFIRM_WINDOW_DAYS: i64 = 120;

/// Whether something due on `due_on` is asked for `today`: due within [`SOON_DAYS`], or overdue.
pub fn asks(due_on: Date, today: Date) -> bool {
    due_on - today <= Duration::days(SOON_DAYS)
}

/// The action steps asked of an active ILP: how many are not attained and due soon or
/// overdue, and the earliest of their due dates.
pub fn steps_due(steps: &[ActionStep], today: Date) -> Option<(u32, Date)> {
    let due: Vec<Date> = steps
        .iter()
        .filter(|s| s.status != StepStatus::Attained)
        .filter_map(|s| s.due_date)
        .filter(|d| asks(*d, today))
        .collect();
    Some((due.len() as u32, *due.iter().min()?))
}

/// This month's coaching when the month counts and less than the monthly minimum is logged
/// so far ("1 h 30 of 4 h 30 logged in 2026-12").
pub fn month_short(l: &Ledger) -> Option<String> {
    let year = l.years.iter().find(|y| Some(y.year) == l.current_year)?;
    let m = year.months.iter().find(|m| m.status == MonthStatus::Current)?;
    (m.counted && m.minutes < l.monthly_minimum_minutes)
        .then(|| format!("{} of {} logged in {}", hours(m.minutes), hours(l.monthly_minimum_minutes), m.month))
}

/// Whose signature the form waits for: once both columns have confirmed every item, the first
/// signer missing in the form's order.
pub fn signature_asked(v: &Verification) -> Option<Signer> {
    if !v.unconfirmed().is_empty() {
        return None;
    }
    v.unsigned_by().first().copied()
}

/// The items `column` has still to confirm, asked from [`CONFIRM_WINDOW_DAYS`] before the
/// program's end (`program_ends`); none before.
pub fn confirmations_asked(v: &Verification, column: Column, program_ends: Date, today: Date) -> Vec<CompletionItem> {
    if program_ends - today > Duration::days(CONFIRM_WINDOW_DAYS) {
        return Vec::new();
    }
    CompletionItem::form().filter(|i| v.confirmation(*i, column).is_none()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::completion::{Confirmation, ItemState, Signature};
    use crate::ids::UserId;
    use crate::ilp::StepStatus;
    use crate::ledger::{month_index, MonthTotal};
    use crate::settings::RequirementSettings;
    use time::macros::date;
    use time::OffsetDateTime;

    fn step(due: Option<Date>, status: StepStatus) -> ActionStep {
        ActionStep {
            id: uuid::Uuid::new_v4(),
            step: "Observe".into(),
            people_involved: String::new(),
            resources: String::new(),
            due_date: due,
            status,
            summary_of_learning: String::new(),
        }
    }

    #[test]
    fn a_due_date_is_asked_from_thirty_days_before_and_while_overdue() {
        let today = date!(2026 - 12 - 07);
        assert!(asks(date!(2027 - 01 - 06), today));
        assert!(!asks(date!(2027 - 01 - 07), today));
        assert!(asks(date!(2026 - 11 - 01), today));
    }

    #[test]
    fn steps_due_counts_the_unattained_steps_due_soon_and_names_the_earliest() {
        let today = date!(2026 - 12 - 07);
        let steps = [
            step(Some(date!(2026 - 12 - 20)), StepStatus::InProgress),
            step(Some(date!(2026 - 11 - 30)), StepStatus::InProgress),
            step(Some(date!(2026 - 11 - 01)), StepStatus::Attained),
            step(Some(date!(2027 - 03 - 01)), StepStatus::InProgress),
            step(None, StepStatus::InProgress),
        ];
        assert_eq!(steps_due(&steps, today), Some((2, date!(2026 - 11 - 30))));
        assert_eq!(steps_due(&steps[2..], today), None);
    }

    /// A year-1 ledger on 2026-12-07 (or `today`) with `minutes` logged in December.
    fn ledger_on(today: Date, minutes: u32) -> Ledger {
        let december =
            MonthTotal { month: month_index(date!(2026 - 12 - 01)), minutes, face_to_face_minutes: 0, sessions: 1 };
        crate::ledger::ledger(&RequirementSettings::default(), date!(2026 - 09 - 01), 2, &[december], today)
    }

    #[test]
    fn a_counted_month_short_of_the_minimum_is_asked_until_it_is_met() {
        let today = date!(2026 - 12 - 07);
        let minimum = RequirementSettings::default().monthly_coaching_minutes;
        let short = month_short(&ledger_on(today, 90));
        assert_eq!(short, Some(format!("1 h 30 of {} logged in 2026-12", hours(minimum))));
        assert_eq!(month_short(&ledger_on(today, minimum)), None);
        assert_eq!(month_short(&ledger_on(date!(2027 - 07 - 07), 0)), None, "July is not a counted month");
    }

    fn confirmed_by_both() -> Verification {
        let at = OffsetDateTime::UNIX_EPOCH;
        let mut v = Verification::default();
        for item in CompletionItem::form() {
            for column in Column::ALL {
                v.confirm(Confirmation {
                    item,
                    column: *column,
                    by: UserId::new(),
                    at,
                    state: ItemState::Met,
                    reason: None,
                })
                .unwrap();
            }
        }
        v
    }

    #[test]
    fn signatures_are_asked_in_the_forms_order_once_every_item_is_confirmed() {
        assert_eq!(signature_asked(&Verification::default()), None, "nobody signs before the columns confirm");
        let mut v = confirmed_by_both();
        assert_eq!(signature_asked(&v), Some(Signer::Candidate));
        v.sign(Signature { signer: Signer::Candidate, by: UserId::new(), at: OffsetDateTime::UNIX_EPOCH }).unwrap();
        assert_eq!(signature_asked(&v), Some(Signer::Coach));
    }

    #[test]
    fn confirmations_are_asked_only_near_the_programs_end_and_only_of_what_is_missing() {
        let ends = date!(2027 - 07 - 31);
        let v = Verification::default();
        assert!(confirmations_asked(&v, Column::Coordinator, ends, date!(2027 - 03 - 01)).is_empty());
        assert_eq!(confirmations_asked(&v, Column::Coordinator, ends, date!(2027 - 04 - 02)).len(), 10);
        let done = confirmed_by_both();
        assert!(confirmations_asked(&done, Column::DistrictRepresentative, ends, date!(2027 - 05 - 01)).is_empty());
    }
}
