use super::json::Roster;
use super::record::to_json;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::completion_rosters;
use uuid::Uuid;

/// The program's completion rosters
///
/// Newest first, each with its candidates and whether it was submitted. For the program's
/// coordinators.
#[utoipa::path(tag = "completion rosters", params(("program_id" = Uuid, Path)), responses((status = 200, body = Vec<Roster>)))]
#[get("/programs/{program_id}/completion-rosters")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<Roster>>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let out = me
        .read_program(&state, id, move |c, _, access| {
            access.require(ProgramPermission::SubmitRosters)?;
            completion_rosters::of_program(c, id)?.iter().map(|r| to_json(c, r, access)).collect()
        })
        .await?;
    Ok(web::Json(out))
}
