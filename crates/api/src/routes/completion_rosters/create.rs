use super::json::{NewRoster, Roster};
use super::record::RosterRecord;
use crate::body::Body;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::{EnrollmentId, ProgramId};
use coachfolio_domain::roster::check_candidates;
use coachfolio_persistence::completion_rosters::{self, RosterRow};
use coachfolio_persistence::enrollments::{self, Filter};
use uuid::Uuid;

/// Put recommended candidates on a completion roster
///
/// A draft of the CASC Completion Candidate Roster: only recommended candidates of the program,
/// each on one roster (422 naming each `enrollment_ids[i]` refused). For the program's
/// coordinators.
#[utoipa::path(tag = "completion rosters", request_body = NewRoster, params(("program_id" = Uuid, Path)), responses((status = 201, body = Roster)))]
#[post("/programs/{program_id}/completion-rosters")]
pub async fn create(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewRoster>,
) -> Result<HttpResponse, ApiError> {
    let program_id = ProgramId::from(path.into_inner());
    let chosen: Vec<EnrollmentId> = body.0.enrollment_ids.into_iter().map(Into::into).collect();
    let roster = state
        .write(move |c| {
            let access = me.program(c, program_id)?;
            access.require(ProgramPermission::SubmitRosters)?;
            let filter = Filter { program_id: Some(program_id), ids: Some(chosen.clone()), ..Default::default() };
            let (views, _) = enrollments::list(c, &filter, 0, i64::MAX)?;
            let taken: Vec<EnrollmentId> =
                completion_rosters::of_program(c, program_id)?.into_iter().flat_map(|r| r.enrollment_ids.0).collect();
            check_candidates(
                &chosen,
                |id| views.iter().find(|v| v.row.id == id).map(|v| v.row.status),
                |id| taken.contains(&id),
            )?;
            let row = RosterRow::draft(program_id, chosen, me.id());
            completion_rosters::insert(c, &row)?;
            kernel::created::<RosterRecord>(c, &me, &row, &access)
        })
        .await?;
    Ok(created_tagged(roster.version, &roster))
}
