use super::json::Program;
use super::record::{load, ProgramRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::ProgramId;
use uuid::Uuid;

/// Get a program with its requirement settings
#[utoipa::path(tag = "programs", params(("program_id" = Uuid, Path)), responses((status = 200, body = Program)))]
#[get("/programs/{program_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let program = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            ProgramRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(program.version, &program))
}
