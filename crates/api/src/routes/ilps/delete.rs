use super::record::{load, IlpRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::IfMatch;
use crate::kernel;
use crate::state::AppState;
use actix_web::{delete, web, HttpResponse};
use coachfolio_domain::ids::IlpId;
use coachfolio_persistence::ilps;
use uuid::Uuid;

/// Discard a draft ILP
///
/// Only drafts, by the candidate or their coach; a plan in action stays (it may be completed
/// or left in progress).
#[utoipa::path(tag = "ILPs",
    params(("ilp_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 204, description = "Discarded")))]
#[delete("/ilps/{ilp_id}")]
pub async fn delete(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = IlpId::from(path.into_inner());
    state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_discard(&loaded.row)?;
            kernel::discard::<IlpRecord, _>(c, &me, if_match, loaded, |c, row| {
                Ok(ilps::delete_draft(c, row.id, row.version)?.then_some(()))
            })
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
