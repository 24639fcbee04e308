use super::Cohort;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::policy::ProgramAccess;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::cohorts;
use uuid::Uuid;

/// List a program's cohorts
#[utoipa::path(tag = "cohorts", params(("program_id" = Uuid, Path)), responses((status = 200, body = Vec<Cohort>)))]
#[get("/programs/{program_id}/cohorts")]
pub async fn list(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<Cohort>>, ApiError> {
    let id = path.into_inner().to_string();
    let rows = state
        .read(move |c| {
            ProgramAccess::load(c, &me, &id)?.require_member()?;
            Ok(cohorts::list(c, &id)?)
        })
        .await?;
    Ok(web::Json(rows.iter().map(Cohort::from).collect()))
}
