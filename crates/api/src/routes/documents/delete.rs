use super::record::{load, DocumentRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::IfMatch;
use crate::kernel;
use crate::state::AppState;
use actix_web::{delete, web, HttpResponse};
use coachfolio_domain::ids::DocumentId;
use coachfolio_persistence::documents;
use uuid::Uuid;

/// Delete a document with all its versions
///
/// For the program's coordinators, or whoever uploaded it; send its ETag as If-Match. Its
/// files are removed once the deletion is committed.
#[utoipa::path(tag = "documents",
    params(("document_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 204, description = "Deleted")))]
#[delete("/documents/{document_id}")]
pub async fn delete(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = DocumentId::from(path.into_inner());
    let keys = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.may_delete(&loaded.row)?;
            kernel::discard::<DocumentRecord, _>(c, &me, if_match, loaded, |c, row| {
                Ok(documents::delete(c, row.id, row.version)?)
            })
        })
        .await?;
    state.storage.remove(&keys).await;
    Ok(HttpResponse::NoContent().finish())
}
