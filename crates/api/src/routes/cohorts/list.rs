use super::json::Cohort;
use super::record::to_json;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::cohorts;
use uuid::Uuid;

/// List a program's cohorts
#[utoipa::path(tag = "cohorts", params(("program_id" = Uuid, Path)), responses((status = 200, body = Vec<Cohort>)))]
#[get("/programs/{program_id}/cohorts")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<Cohort>>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let cohorts = state
        .read(move |c| {
            let access = me.program(c, id)?;
            access.require(ProgramPermission::Read)?;
            Ok(cohorts::list(c, id)?.iter().map(|row| to_json(row, &access)).collect())
        })
        .await?;
    Ok(web::Json(cohorts))
}
