use super::counts::table as build;
use super::json::{MeetingCountsQuery, MeetingCountsTable};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use uuid::Uuid;

/// The program's meeting counts
///
/// Every candidate's orientation, cohort and end-of-year meetings by program year, and every
/// coach's coach meetings and training, against the requirements. Coordinators and directors
/// see everyone; a district representative their district's candidates; a coach their
/// candidates and themself.
#[utoipa::path(tag = "attendance", params(("program_id" = Uuid, Path), MeetingCountsQuery), responses((status = 200, body = MeetingCountsTable)))]
#[get("/programs/{program_id}/meeting-counts")]
pub async fn program_counts(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<MeetingCountsQuery>,
) -> Result<web::Json<MeetingCountsTable>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    let out = me.read_program(&state, id, move |c, me, access| build(c, me, access, id, &q)).await?;
    Ok(web::Json(out))
}
