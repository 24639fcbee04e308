use super::json::{HoursQuery, HoursTable};
use super::ledger::table as hours_table;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use uuid::Uuid;

/// The program's coaching hours table
///
/// Every candidate, each program year month by month (the coaching-log part of the Portfolio
/// Calibration sheet). A report, not paginated: filter by cohort and program year.
#[utoipa::path(tag = "hours", params(("program_id" = Uuid, Path), HoursQuery), responses((status = 200, body = HoursTable)))]
#[get("/programs/{program_id}/hours")]
pub async fn table(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<HoursQuery>,
) -> Result<web::Json<HoursTable>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    let out = me.read_program(&state, id, move |c, _, access| hours_table(c, access, id, &q)).await?;
    Ok(web::Json(out))
}
