//! What a candidate's or a coach's items are built from, loaded once for all their enrollments.

use crate::error::ApiError;
use crate::routes::annual_reviews::record::current_year;
use crate::routes::completion::facts::Records;
use coachfolio_domain::annual_review::{asked, Reviewer};
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::program_year::program_end;
use coachfolio_persistence::annual_reviews::{self, MarkRow};
use coachfolio_persistence::coaching_logs::{self, WaitingLog};
use coachfolio_persistence::completion_verifications::{self, VerificationRow};
use coachfolio_persistence::enrollments::{self, EnrollmentView, Filter};
use coachfolio_persistence::DbConnection;
use time::Date;

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

    /// The program years of `v` whose e-portfolio `who` has still to mark reviewed, asked from
    /// 60 days before each year ends.
    pub fn reviews_asked(&self, v: &EnrollmentView, who: Reviewer, today: Date) -> Vec<u32> {
        let marked = |year: u32| {
            self.marks.iter().any(|m| m.enrollment_id == v.row.id && m.program_year == year as i32 && m.reviewer == who)
        };
        let current = current_year(v, today).unwrap_or(0);
        (1..=current).filter(|y| asked(program_end(v.cohort_start, *y), today) && !marked(*y)).collect()
    }
}
