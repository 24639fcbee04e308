use super::json::Document;
use super::record::{load, DocumentRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::DocumentId;
use uuid::Uuid;

/// Read a document's description and versions
#[utoipa::path(tag = "documents", params(("document_id" = Uuid, Path)), responses((status = 200, body = Document)))]
#[get("/documents/{document_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = DocumentId::from(path.into_inner());
    let doc = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            DocumentRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(doc.version, &doc))
}
