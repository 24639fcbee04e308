use super::District;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::policy::ProgramAccess;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::districts;
use uuid::Uuid;

/// List a program's districts
#[utoipa::path(tag = "districts", params(("program_id" = Uuid, Path)), responses((status = 200, body = Vec<District>)))]
#[get("/programs/{program_id}/districts")]
pub async fn list(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<District>>, ApiError> {
    let id = path.into_inner().to_string();
    let rows = state
        .read(move |c| {
            ProgramAccess::load(c, &me, &id)?.require_member()?;
            Ok(districts::list(c, &id)?)
        })
        .await?;
    Ok(web::Json(rows.iter().map(District::from).collect()))
}
