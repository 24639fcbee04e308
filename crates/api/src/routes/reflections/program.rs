use super::json::{ProgramReflections, ProgramReflectionsQuery};
use super::roster::roster;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use uuid::Uuid;

/// The program's reflections and ILPs: every candidate's three terms and plans
///
/// Each term's status, percent complete, due date and whether it is overdue; elements at
/// "meets" or above on the latest submitted term; plans in action and completed, and how many
/// of the six standards they address. Filter by cohort. A district representative sees their
/// district's candidates without the ratings.
#[utoipa::path(tag = "reflections", params(("program_id" = Uuid, Path), ProgramReflectionsQuery), responses((status = 200, body = ProgramReflections)))]
#[get("/programs/{program_id}/reflections")]
pub async fn program(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<ProgramReflectionsQuery>,
) -> Result<web::Json<ProgramReflections>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    let out = me.read_program(&state, id, move |c, _, access| roster(c, access, id, &q)).await?;
    Ok(web::Json(out))
}
