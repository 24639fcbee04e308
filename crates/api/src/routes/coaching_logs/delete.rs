use super::record::{load, Log};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::IfMatch;
use crate::kernel::{self, Loaded};
use crate::routes::documents::record::{DocumentContext, DocumentRecord};
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
            let enrollment = loaded.context.enrollment.clone();
            kernel::discard::<Log, _>(c, &me, if_match, loaded, |c, row| {
                // Its documents go first, each as any document is deleted; their files once
                // this commits.
                let mut keys = Vec::new();
                for doc in documents::attached_to(c, AttachedTo::CoachingLog(&[row.id]))? {
                    let context = DocumentContext::load(c, &me, enrollment.clone())?;
                    let version = IfMatch(doc.version);
                    keys.extend(kernel::discard::<DocumentRecord, _>(
                        c,
                        &me,
                        version,
                        Loaded { row: doc, context },
                        |c, d| Ok(documents::delete(c, d.id, d.version)?),
                    )?);
                }
                Ok(logs::delete_draft(c, row.id, row.version)?.then_some(keys))
            })
        })
        .await?;
    state.storage.remove(&keys).await;
    Ok(HttpResponse::NoContent().finish())
}
