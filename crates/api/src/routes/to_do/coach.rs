//! What a coach must do next for their current candidates.

use super::json::ToDo;
use super::theirs::{meeting_of, Theirs};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission, ProgramAccess, Relation};
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::routes::portfolio_review::table::{review_of, Reads};
use coachfolio_domain::annual_review::Reviewer;
use coachfolio_domain::coaching_log::LogState;
use coachfolio_domain::completion::Signer;
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::to_do::{signature_asked, ToDoKind as K};
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

    for v in views {
        let id = v.row.id;
        let about = |kind, detail: String| ToDo::new(kind, detail).of(id.uuid(), Some(&v.candidate));
        let review = review_of(records, v, 0, Reads { fees: false, requests: false });
        theirs.shared_items(v, &review, Reviewer::Coach, about, out);
        let own_logs: Vec<_> = logs.iter().filter(|l| l.enrollment_id == id && l.coach_id == me.id()).collect();
        for l in own_logs.iter().filter(|l| l.state == LogState::Returned) {
            out.push(about(K::LogReturned, meeting_of(l)).record(l.id.uuid()));
        }
        let waiting = own_logs.iter().filter(|l| l.state == LogState::Submitted).count() as u32;
        if waiting > 0 {
            out.push(about(K::AwaitingAcknowledgement, format!("{waiting} submitted")).count(waiting));
        }
        let signs = EnrollmentAccess::listed(access, me, v.row.candidate_id, Relation::Coach)
            .allows(EnrollmentPermission::SignCompletion(Signer::Coach));
        if signs && forms.iter().any(|f| f.id == id && signature_asked(&f.verification()) == Some(Signer::Coach)) {
            out.push(about(K::SignCompletion, String::new()));
        }
    }
    Ok(())
}
