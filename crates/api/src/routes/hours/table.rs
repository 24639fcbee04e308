use super::{table as hours_table, HoursQuery, HoursTable};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::policy::ProgramAccess;
use crate::state::AppState;
use actix_web::{get, web};
use uuid::Uuid;

/// The program's coaching hours table
///
/// Every candidate, each program year month by month (the coaching-log part of the Portfolio
/// Calibration sheet). A report, not paginated: filter by cohort and program year.
#[utoipa::path(tag = "hours", params(("program_id" = Uuid, Path), HoursQuery), responses((status = 200, body = HoursTable)))]
#[get("/programs/{program_id}/hours")]
pub async fn table(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    query: web::Query<HoursQuery>,
) -> Result<web::Json<HoursTable>, ApiError> {
    let id = path.into_inner().to_string();
    let q = query.into_inner();
    let out = state
        .read(move |c| {
            let access = ProgramAccess::load(c, &me, &id)?;
            hours_table(c, &access, &id, &q)
        })
        .await?;
    Ok(web::Json(out))
}
