//! What a candidate's or a coach's items are built from, loaded once for all their enrollments.

use super::json::ToDo;
use crate::error::ApiError;
use crate::routes::annual_reviews::record::current_year;
use crate::routes::completion::facts::Records;
use crate::routes::portfolio_review::table::Review;
use coachfolio_domain::annual_review::{asked, Reviewer};
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::portfolio_review::ReviewFlag;
use coachfolio_domain::program_year::program_end;
use coachfolio_domain::to_do::{month_short, ToDoKind};
use coachfolio_persistence::annual_reviews::{self, MarkRow};
use coachfolio_persistence::coaching_logs::{self, WaitingLog};
use coachfolio_persistence::completion_verifications::{self, VerificationRow};
use coachfolio_persistence::enrollments::{self, EnrollmentView, Filter};
use coachfolio_persistence::DbConnection;

/// The enrolled or extended candidates of `filter` with their records, the logs waiting for
/// someone and their completion forms.
pub(super) struct Theirs {
    pub views: Vec<EnrollmentView>,
    pub records: Records,
    pub logs: Vec<WaitingLog>,
    pub forms: Vec<VerificationRow>,
    pub marks: Vec<MarkRow>,
}

impl Theirs {
    /// `None` when `filter` finds nobody taking part.
    pub fn load(c: &mut DbConnection, program_id: ProgramId, filter: &Filter) -> Result<Option<Theirs>, ApiError> {
        let (views, _) = enrollments::list(c, filter, 0, i64::MAX)?;
        let views: Vec<_> = views.into_iter().filter(|v| v.row.status.is_active()).collect();
        if views.is_empty() {
            return Ok(None);
        }
        let ids: Vec<_> = views.iter().map(|v| v.row.id).collect();
        Ok(Some(Theirs {
            records: Records::load(c, program_id, Some(&views))?,
            logs: coaching_logs::waiting_of(c, &ids)?,
            forms: completion_verifications::of_enrollments(c, &ids)?,
            marks: annual_reviews::of_enrollments(c, &ids)?,
            views,
        }))
    }

    /// What a candidate and their coach are both asked about `v`: its coaching this month and
    /// this year (from `review`), and each program year's e-portfolio that `who` has still to
    /// mark reviewed (from 60 days before the year ends). `about` makes an item of `v`.
    pub fn shared_items(
        &self,
        v: &EnrollmentView,
        review: &Review,
        who: Reviewer,
        about: impl Fn(ToDoKind, String) -> ToDo,
        out: &mut Vec<ToDo>,
    ) {
        let today = self.records.program().today;
        if let Some(detail) = month_short(&review.computed.hours) {
            out.push(about(ToDoKind::LogsThisMonth, detail));
        }
        if let Some(f) = review.flags.iter().find(|f| f.flag == ReviewFlag::HoursBehindPace) {
            out.push(about(ToDoKind::CoachingHoursBehind, f.detail.clone()));
        }
        let marked = |year: u32| {
            self.marks.iter().any(|m| m.enrollment_id == v.row.id && m.program_year == year as i32 && m.reviewer == who)
        };
        for year in 1..=current_year(v, today).unwrap_or(0) {
            let ends = program_end(v.cohort_start, year);
            if asked(ends, today) && !marked(year) {
                out.push(about(ToDoKind::ReviewPortfolio, format!("year {year}")).due(ends, today));
            }
        }
    }
}

/// A waiting log as an item names it.
pub(super) fn meeting_of(l: &WaitingLog) -> String {
    format!("meeting of {}", l.meeting_date.map(|d| d.to_string()).unwrap_or_default())
}
