use super::json::CoachingLog;
use super::record::{load, Log};
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::LogId;
use uuid::Uuid;

/// Read a coaching log
///
/// For the candidate, their coach (a former coach for the time they coached), and the
/// program's coordinators and director. Every read is recorded in the audit trail.
#[utoipa::path(tag = "coaching logs", params(("log_id" = Uuid, Path)), responses((status = 200, body = CoachingLog)))]
#[get("/coaching-logs/{log_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = LogId::from(path.into_inner());
    let reads = state.reads.clone();
    let log = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require(EnrollmentPermission::ReadRecords)?;
            reads.read(me.id(), Log::ENTITY, [(loaded.row.program_id, loaded.row.id.to_string())]);
            Log::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(log.version, &log))
}
