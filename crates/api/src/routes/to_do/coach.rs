//! What a coach must do next for their current candidates.

use super::json::ToDo;
use super::theirs::Theirs;
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission, ProgramAccess, Relation};
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::routes::portfolio_review::table::{review_of, Reads};
use coachfolio_domain::annual_review::Reviewer;
use coachfolio_domain::coaching_log::LogState;
use coachfolio_domain::completion::Signer;
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::portfolio_review::ReviewFlag;
use coachfolio_domain::program_year::program_end;
use coachfolio_domain::to_do::{month_short, signature_asked, ToDoKind as K};
use coachfolio_persistence::enrollments::{self, Filter};
use coachfolio_persistence::DbConnection;

/// The caller's items as the coach of their current candidates in `program_id`.
pub(super) fn items(
    c: &mut DbConnection,
    me: &CurrentUser,
    access: &ProgramAccess,
    program_id: ProgramId,
    out: &mut Vec<ToDo>,
) -> Result<(), ApiError> {
    let current: Vec<_> = enrollments::assignments_of_coach(c, me.id())?
        .into_iter()
        .filter(|a| a.end_date.is_none())
        .map(|a| a.enrollment_id)
        .collect();
    let filter = Filter { program_id: Some(program_id), ids: Some(current), ..Default::default() };
    let Some(theirs) = Theirs::load(c, program_id, &filter)? else {
        return Ok(());
    };
    let Theirs { views, records, logs, forms, .. } = &theirs;
    let today = records.program().today;

    for v in views {
        let id = v.row.id;
        let about = |kind, detail: String| ToDo::new(kind, detail).of(id.uuid(), Some(&v.candidate));
        let review = review_of(records, v, 0, Reads { fees: false, requests: false });
        if let Some(detail) = month_short(&review.computed.hours) {
            out.push(about(K::LogsThisMonth, detail));
        }
        if let Some(f) = review.flags.iter().find(|f| f.flag == ReviewFlag::HoursBehindPace) {
            out.push(about(K::CoachingHoursBehind, f.detail.clone()));
        }
        let own_logs: Vec<_> = logs.iter().filter(|l| l.enrollment_id == id && l.coach_id == me.id()).collect();
        for l in own_logs.iter().filter(|l| l.state == LogState::Returned) {
            let day = l.meeting_date.map(|d| d.to_string()).unwrap_or_default();
            out.push(about(K::LogReturned, format!("meeting of {day}")).record(l.id.uuid()));
        }
        let waiting = own_logs.iter().filter(|l| l.state == LogState::Submitted).count() as u32;
        if waiting > 0 {
            out.push(about(K::AwaitingAcknowledgement, format!("{waiting} submitted")).count(waiting));
        }
        for year in theirs.reviews_asked(v, Reviewer::Coach, today) {
            let ends = program_end(v.cohort_start, year);
            out.push(about(K::ReviewPortfolio, format!("year {year}")).due(ends, today));
        }
        let signs = EnrollmentAccess::listed(access, me, v.row.candidate_id, Relation::Coach)
            .allows(EnrollmentPermission::SignCompletion(Signer::Coach));
        if signs && forms.iter().any(|f| f.id == id && signature_asked(&f.verification()) == Some(Signer::Coach)) {
            out.push(about(K::SignCompletion, String::new()));
        }
    }
    Ok(())
}
