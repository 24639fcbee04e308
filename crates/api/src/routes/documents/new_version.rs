use super::json::{Document, DocumentFile};
use super::record::{is_confidential, keep, load, read_parts, version_row, views};
use crate::audit;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::state::AppState;
use actix_multipart::Multipart;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::DocumentId;
use coachfolio_persistence::{documents, save, Saved};
use serde_json::json;
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
            loaded.access.may_upload()?;
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
            let (mut row, access, candidate) = (loaded.row, loaded.access, loaded.enrollment.candidate_id);
            let current = |c: &mut _, row: &_| views(c, std::slice::from_ref(row), candidate, &access);
            if if_match.0 != row.version {
                return Err(ApiError::stale(row.version, &current(c, &row)?.remove(0)));
            }
            let number = documents::versions_of(c, &[id])?.first().map_or(0, |v| v.number) + 1;
            documents::add_version(c, &version_row(id, number, stored, me.id()))?;
            row.updated_at = coachfolio_persistence::now();
            if let Saved::Stale(now) = save(c, &mut row)? {
                return Err(ApiError::stale(now.version, &current(c, &now)?.remove(0)));
            }
            let doc = current(c, &row)?.remove(0);
            let change = audit::Change {
                program_id: Some(row.program_id),
                action: "document.new_version",
                entity: "document",
                entity_id: id.to_string(),
                confidential: is_confidential(&row.form),
            };
            let after = json!({"number": number, "size_bytes": doc.current.size_bytes, "sha256": doc.current.sha256});
            audit::record(c, &me, change, None::<&()>, Some(&after))?;
            Ok(doc)
        })
        .await;
    if saved.is_err() {
        state.storage.remove(&[key]).await;
    }
    let doc = saved?;
    Ok(ok_tagged(doc.version, &doc))
}
