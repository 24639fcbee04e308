use super::record::{load, Log};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::IfMatch;
use crate::kernel;
use crate::routes::documents::record as document;
use crate::state::AppState;
use actix_web::{delete, web, HttpResponse};
use coachfolio_domain::ids::LogId;
use coachfolio_persistence::coaching_logs as logs;
use coachfolio_persistence::documents::{self, AttachedTo};
use uuid::Uuid;

/// Discard a draft
///
/// Only drafts; a signed log stays (a coordinator may return it to the coach instead). The
/// documents attached to the draft go with it, and their files once it is committed.
#[utoipa::path(tag = "coaching logs",
    params(("log_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 204, description = "Discarded")))]
#[delete("/coaching-logs/{log_id}")]
pub async fn delete(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = LogId::from(path.into_inner());
    let keys = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_discard(&loaded.row)?;
            let mut keys = Vec::new();
            kernel::discard::<Log>(c, &me, if_match, loaded, |c, row| {
                for doc in documents::attached_to(c, AttachedTo::CoachingLog(&[row.id]))? {
                    // Read in this transaction, the document cannot have moved on.
                    keys.extend(document::delete(c, &me, &doc)?.unwrap_or_default());
                }
                Ok(logs::delete_draft(c, row.id, row.version)?)
            })?;
            Ok(keys)
        })
        .await?;
    state.storage.remove(&keys).await;
    Ok(HttpResponse::NoContent().finish())
}
