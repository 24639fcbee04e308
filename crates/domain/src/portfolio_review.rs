//! The coordinator's portfolio review: what to follow up with each candidate, computed from the
//! records (the handbook's "follow-up list": reflections, ILPs, coaching hours, fees, the
//! participation agreement, the job shadow, requests, completion items).

use crate::completion::{ItemCheck, ItemState, TermFact};
use crate::ilp::IlpStatus;
use crate::ledger::{Ledger, MonthStatus};
use crate::text_enum::text_enum;
use serde::Serialize;
use time::{Date, Duration};
use utoipa::ToSchema;

text_enum! {
    /// Something in a candidate's portfolio to follow up.
    ReviewFlag {
        /// A reflection past its due date and not submitted.
        ReflectionOverdue = "reflection_overdue",
        /// No ILP this program year, or none completed with the year nearly over.
        Ilp = "ilp",
        /// No coaching logged this month (a counted month).
        NoHoursThisMonth = "no_hours_this_month",
        /// Fewer coaching hours than the monthly minimum for the months already over.
        HoursBehindPace = "hours_behind_pace",
        InstallmentsOverdue = "installments_overdue",
        /// The participation agreement not on file after the days the program allows.
        AgreementMissing = "agreement_missing",
        /// No job shadow or visit yet in the last program year.
        JobShadowMissing = "job_shadow_missing",
        OpenRequests = "open_requests",
        /// Completion items whose time has passed, not met.
        CompletionItemsNotMet = "completion_items_not_met",
    }
}

/// A flag raised, with what raised it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FlagLine {
    pub flag: ReviewFlag,
    pub detail: String,
}

/// How close to its end a program year must be for a year without a completed ILP to be flagged.
pub const ILP_COMPLETION_WINDOW_DAYS: i64 = 90;

/// What the review reads of one candidate beside the completion items.
pub struct ReviewFacts<'a> {
    pub today: Date,
    /// The program year today falls in, with its last day.
    pub year: Option<(u32, Date)>,
    pub program_years: u32,
    pub checks: &'a [ItemCheck],
    pub reflections: &'a [TermFact],
    /// Each plan's program year and status.
    pub plans: Vec<(u32, IlpStatus)>,
    pub hours: &'a Ledger,
    pub overdue_cents: i64,
    pub agreement_signed: bool,
    /// When the participation agreement is due (the program's days after orientation).
    pub agreement_due: Date,
    pub job_shadow_or_visit_done: bool,
    pub open_requests: u32,
}

/// The flags of one candidate, in the order of [`ReviewFlag`].
pub fn flags(r: &ReviewFacts<'_>) -> Vec<FlagLine> {
    use ReviewFlag::*;
    let mut out = Vec::new();
    let mut raise = |flag, detail: String| out.push(FlagLine { flag, detail });
    let overdue: Vec<String> = r
        .reflections
        .iter()
        .filter(|t| !t.submitted && t.due_on < r.today)
        .map(|t| format!("{} (due {})", t.term, t.due_on))
        .collect();
    if !overdue.is_empty() {
        raise(ReflectionOverdue, overdue.join(", "));
    }
    if let Some((year, ends)) = r.year {
        let this_year: Vec<IlpStatus> =
            r.plans.iter().filter(|(y, s)| *y == year && *s != IlpStatus::Draft).map(|(_, s)| *s).collect();
        if this_year.is_empty() {
            raise(Ilp, format!("no ILP in year {year}"));
        } else if !this_year.contains(&IlpStatus::Completed)
            && ends - r.today <= Duration::days(ILP_COMPLETION_WINDOW_DAYS)
        {
            raise(Ilp, format!("no ILP completed in year {year}, which ends {ends}"));
        }
    }
    let current_year = r.hours.current_year.and_then(|y| r.hours.years.iter().find(|l| l.year == y));
    if let Some(y) = current_year {
        let month = y.months.iter().find(|m| m.status == MonthStatus::Current);
        if month.is_some_and(|m| m.counted && m.minutes == 0) {
            raise(
                NoHoursThisMonth,
                format!("no coaching logged in {}", month.map(|m| m.month.as_str()).unwrap_or_default()),
            );
        }
        if y.behind_pace {
            raise(
                HoursBehindPace,
                format!(
                    "{} h {:02} this year; {} h {:02} still needed",
                    y.minutes / 60,
                    y.minutes % 60,
                    y.remaining_minutes / 60,
                    y.remaining_minutes % 60
                ),
            );
        }
    }
    if r.overdue_cents > 0 {
        raise(InstallmentsOverdue, format!("${}.{:02} overdue", r.overdue_cents / 100, r.overdue_cents % 100));
    }
    if !r.agreement_signed && r.agreement_due < r.today {
        raise(AgreementMissing, format!("due {}", r.agreement_due));
    }
    if !r.job_shadow_or_visit_done && r.year.is_some_and(|(y, _)| y >= r.program_years) {
        raise(JobShadowMissing, "no job shadow or visit summary submitted".into());
    }
    if r.open_requests > 0 {
        raise(OpenRequests, format!("{} waiting for a decision", r.open_requests));
    }
    let not_met: Vec<&str> =
        r.checks.iter().filter(|c| c.on_the_form && c.state == ItemState::NotMet).map(|c| c.item.as_str()).collect();
    if !not_met.is_empty() {
        raise(CompletionItemsNotMet, not_met.join(", "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::completion::CompletionItem;
    use crate::ledger::ledger;
    use crate::reflection::Term;
    use crate::settings::RequirementSettings;
    use time::macros::date;

    fn kinds(f: &[FlagLine]) -> Vec<ReviewFlag> {
        f.iter().map(|l| l.flag).collect()
    }

    #[test]
    fn each_follow_up_comes_from_its_record() {
        let today = date!(2027 - 05 - 20);
        let hours = ledger(&RequirementSettings::default(), date!(2025 - 09 - 01), 2, &[], today);
        let checks = vec![ItemCheck {
            item: CompletionItem::CoachingHours,
            on_the_form: true,
            state: ItemState::NotMet,
            summary: String::new(),
            missing: vec![],
            due_on: today,
        }];
        let reflections = vec![TermFact { term: Term::Interim, due_on: date!(2026 - 08 - 31), submitted: false }];
        let mut r = ReviewFacts {
            today,
            year: Some((2, date!(2027 - 07 - 31))),
            program_years: 2,
            checks: &checks,
            reflections: &reflections,
            plans: vec![(2, IlpStatus::Active)],
            hours: &hours,
            overdue_cents: 350_000,
            agreement_signed: false,
            agreement_due: date!(2025 - 10 - 30),
            job_shadow_or_visit_done: false,
            open_requests: 1,
        };
        use ReviewFlag::*;
        assert_eq!(
            kinds(&flags(&r)),
            [
                ReflectionOverdue,
                Ilp,
                NoHoursThisMonth,
                HoursBehindPace,
                InstallmentsOverdue,
                AgreementMissing,
                JobShadowMissing,
                OpenRequests,
                CompletionItemsNotMet
            ]
        );
        assert_eq!(flags(&r)[1].detail, "no ILP completed in year 2, which ends 2027-07-31");
        // Early in the year an active plan is enough; in year 1 the job shadow can wait.
        r.year = Some((1, date!(2027 - 12 - 31)));
        r.plans = vec![(1, IlpStatus::Active)];
        r.agreement_signed = true;
        r.overdue_cents = 0;
        r.open_requests = 0;
        let f = kinds(&flags(&r));
        for gone in [Ilp, JobShadowMissing, AgreementMissing, InstallmentsOverdue, OpenRequests] {
            assert!(!f.contains(&gone), "{gone:?}");
        }
    }
}
