use super::record::{self, load, views};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::IfMatch;
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
            let l = load(c, &me, id)?;
            l.access.may_delete(&l.row)?;
            let stale = |c: &mut _| -> Result<ApiError, ApiError> {
                let now = documents::find(c, id)?;
                let doc = views(c, std::slice::from_ref(&now), l.enrollment.candidate_id, &l.access)?.remove(0);
                Ok(ApiError::stale(now.version, &doc))
            };
            if if_match.0 != l.row.version {
                return Err(stale(c)?);
            }
            let Some(keys) = record::delete(c, &me, &l.row)? else {
                return Err(stale(c)?);
            };
            Ok(keys)
        })
        .await?;
    state.storage.remove(&keys).await;
    Ok(HttpResponse::NoContent().finish())
}
