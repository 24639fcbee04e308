use super::json::IlpRevision;
use super::record::{load, IlpRecord};
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::ApiError;
use crate::kernel::{self, Record};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::IlpId;
use uuid::Uuid;

/// An ILP's revision history, newest first: who changed what, and how it read before
#[utoipa::path(tag = "ILPs", params(("ilp_id" = Uuid, Path)), responses((status = 200, body = Vec<IlpRevision>)))]
#[get("/ilps/{ilp_id}/revisions")]
pub async fn revisions(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<IlpRevision>>, ApiError> {
    let id = IlpId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require(EnrollmentPermission::ReadRecords)?;
            reads.read(me.id(), IlpRecord::ENTITY, [(loaded.row.program_id, id.to_string())]);
            Ok(kernel::history::<IlpRecord>(c, &loaded.row)?.into_iter().map(Into::into).collect())
        })
        .await?;
    Ok(web::Json(out))
}
