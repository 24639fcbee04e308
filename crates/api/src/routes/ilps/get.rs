use super::json::Ilp;
use super::record::{load, IlpRecord};
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::IlpId;
use uuid::Uuid;

/// Read an ILP
///
/// For the candidate, their coach (a former coach, the plans begun while they coached), and
/// the program's coordinators and director. Every read is recorded in the audit trail.
#[utoipa::path(tag = "ILPs", params(("ilp_id" = Uuid, Path)), responses((status = 200, body = Ilp)))]
#[get("/ilps/{ilp_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = IlpId::from(path.into_inner());
    let reads = state.reads.clone();
    let ilp = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require(EnrollmentPermission::ReadRecords)?;
            reads.read(me.id(), IlpRecord::ENTITY, [(loaded.row.program_id, id.to_string())]);
            IlpRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(ilp.version, &ilp))
}
