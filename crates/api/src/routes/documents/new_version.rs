use super::form::{keep, read_parts, version_row};
use super::json::{Document, DocumentFile};
use super::record::{load, DocumentRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_multipart::Multipart;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::document::DocumentStep;
use coachfolio_domain::ids::DocumentId;
use coachfolio_persistence::documents;
use uuid::Uuid;

/// Upload a new version of a document
///
/// The earlier versions are kept. For the candidate, their current coach and the program's
/// coordinators; send the document's ETag as If-Match.
#[utoipa::path(tag = "documents",
    params(("document_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    request_body(content = DocumentFile, content_type = "multipart/form-data"),
    responses((status = 200, body = Document)))]
#[post("/documents/{document_id}/versions")]
pub async fn new_version(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    payload: Multipart,
) -> Result<HttpResponse, ApiError> {
    let id = DocumentId::from(path.into_inner());
    let reader = me.clone();
    let loaded = state
        .read(move |c| {
            let loaded = load(c, &reader, id)?;
            loaded.context.access.may_upload()?;
            Ok(loaded)
        })
        .await?;
    let (fields, file) = read_parts(&state.storage, payload).await?;
    if let Some(name) = fields.keys().next() {
        return Err(ApiError::invalid(name, "a new version is its file alone"));
    }
    let stored = keep(&state, file).await?;
    let key = stored.key.clone();
    let saved = state
        .write(move |c| {
            kernel::update::<DocumentRecord>(c, &me, if_match, loaded, DocumentStep::NewVersion, |c, row, _| {
                let number = documents::versions_of(c, &[row.id])?.first().map_or(0, |v| v.number) + 1;
                documents::add_version(c, &version_row(row.id, number, stored, me.id()))?;
                Ok(vec!["file"])
            })
        })
        .await;
    if saved.is_err() {
        state.storage.remove(&[key]).await;
    }
    let doc = saved?;
    Ok(ok_tagged(doc.version, &doc))
}
