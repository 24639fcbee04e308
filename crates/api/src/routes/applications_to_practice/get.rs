use super::json::ApplicationToPractice;
use super::record::{load, AtpRecord};
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::AtpId;
use uuid::Uuid;

/// Read an Application to Practice
///
/// For the candidate, their coaches and the program's coordinators and director; every read
/// is recorded in the audit trail.
#[utoipa::path(tag = "applications to practice", params(("atp_id" = Uuid, Path)), responses((status = 200, body = ApplicationToPractice)))]
#[get("/applications-to-practice/{atp_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = AtpId::from(path.into_inner());
    let reads = state.reads.clone();
    let atp = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require(EnrollmentPermission::ReadRecords)?;
            reads.read(me.id(), AtpRecord::ENTITY, [(loaded.row.program_id, id.to_string())]);
            AtpRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(atp.version, &atp))
}
