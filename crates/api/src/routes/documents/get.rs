use super::json::Document;
use super::record::{load, views};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::ok_tagged;
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
            let l = load(c, &me, id)?;
            Ok(views(c, std::slice::from_ref(&l.row), l.enrollment.candidate_id, &l.access)?.remove(0))
        })
        .await?;
    Ok(ok_tagged(doc.version, &doc))
}
