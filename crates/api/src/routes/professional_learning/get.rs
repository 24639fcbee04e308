use super::json::ProfessionalLearning;
use super::record::{load, PlRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::ProfessionalLearningId;
use uuid::Uuid;

/// Read an alternative professional learning
///
/// For the candidate, their coaches and the program's coordinators and director; every read
/// is recorded in the audit trail.
#[utoipa::path(tag = "professional learning", params(("pl_id" = Uuid, Path)), responses((status = 200, body = ProfessionalLearning)))]
#[get("/professional-learning/{pl_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = ProfessionalLearningId::from(path.into_inner());
    let reads = state.reads.clone();
    let record = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            reads.read(me.id(), PlRecord::ENTITY, [(loaded.row.program_id, id.to_string())]);
            PlRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(record.version, &record))
}
