use super::{audit_reads, load, view, CoachingLog, Loaded};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use uuid::Uuid;

/// Read a coaching log
///
/// For the candidate, their coach (a former coach for the time they coached), and the
/// program's coordinators and director. Every read is recorded in the audit trail.
#[utoipa::path(tag = "coaching logs", params(("log_id" = Uuid, Path)), responses((status = 200, body = CoachingLog)))]
#[get("/coaching-logs/{log_id}")]
pub async fn get(state: web::Data<AppState>, me: CurrentUser, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let reads = state.reads.clone();
    let log = state
        .read(move |c| {
            let Loaded { row, people, access, .. } = load(c, &me, &id)?;
            access.require_confidential()?;
            audit_reads(&reads, &me, &[&row]);
            view(c, &row, &people)
        })
        .await?;
    Ok(ok_tagged(log.version, &log))
}
