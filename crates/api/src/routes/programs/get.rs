use super::Program;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::policy::ProgramAccess;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_persistence::programs;
use uuid::Uuid;

/// Get a program with its requirement settings
#[utoipa::path(tag = "programs", params(("program_id" = Uuid, Path)), responses((status = 200, body = Program)))]
#[get("/programs/{program_id}")]
pub async fn get(state: web::Data<AppState>, me: CurrentUser, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let program = state
        .read(move |c| {
            ProgramAccess::load(c, &me, &id)?.require_member()?;
            Program::try_from(&programs::find(c, &id).map_err(|_| ApiError::not_found("program"))?)
        })
        .await?;
    Ok(ok_tagged(program.version, &program))
}
