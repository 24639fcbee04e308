use super::json::LogRevision;
use super::record::{load, Log};
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::ApiError;
use crate::kernel::{self, Record};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::LogId;
use uuid::Uuid;

/// A coaching log's revision history, newest first
#[utoipa::path(tag = "coaching logs", params(("log_id" = Uuid, Path)), responses((status = 200, body = Vec<LogRevision>)))]
#[get("/coaching-logs/{log_id}/revisions")]
pub async fn revisions(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<LogRevision>>, ApiError> {
    let id = LogId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require(EnrollmentPermission::ReadRecords)?;
            reads.read(me.id(), Log::ENTITY, [(loaded.row.program_id, loaded.row.id.to_string())]);
            Ok(kernel::history::<Log>(c, &loaded.row)?.into_iter().map(Into::into).collect())
        })
        .await?;
    Ok(web::Json(out))
}
