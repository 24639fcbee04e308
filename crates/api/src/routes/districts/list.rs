use super::json::District;
use super::record::to_json;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::districts;
use uuid::Uuid;

/// List a program's districts
#[utoipa::path(tag = "districts", params(("program_id" = Uuid, Path)), responses((status = 200, body = Vec<District>)))]
#[get("/programs/{program_id}/districts")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<District>>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let districts = state
        .read(move |c| {
            let access = me.program(c, id)?;
            access.require(ProgramPermission::Read)?;
            Ok(districts::list(c, id)?.iter().map(|row| to_json(row, &access)).collect())
        })
        .await?;
    Ok(web::Json(districts))
}
