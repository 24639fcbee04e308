use super::json::FileQuery;
use super::record::load;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;

use actix_web::{get, web, HttpRequest, HttpResponse};
use coachfolio_domain::document;
use coachfolio_domain::ids::DocumentId;
use coachfolio_persistence::documents;
use uuid::Uuid;

/// Download a document's PDF
///
/// The current version, or `version`; always as an attachment named by the handbook's
/// convention (date, activity, type of document), never to be sniffed as anything else. Reads
/// of confidential documents are audited.
#[utoipa::path(tag = "documents", params(("document_id" = Uuid, Path), FileQuery),
    responses((status = 200, description = "The PDF", content_type = "application/pdf", body = String)))]
#[get("/documents/{document_id}/file")]
pub async fn file(
    req: HttpRequest,
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<FileQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = DocumentId::from(path.into_inner());
    let reader = me.id();
    let (key, name, audited) = state
        .read(move |c| {
            let l = load(c, &me, id)?;
            let versions = documents::versions_of(c, &[id])?;
            let v = match query.version {
                None => versions.first(),
                Some(n) => versions.iter().find(|v| v.number == n as i32),
            }
            .ok_or_else(|| ApiError::not_found("version"))?;
            let f = &l.row.form;
            let audited = f.is_confidential().then_some(l.row.program_id);
            Ok((v.storage_key.clone(), document::file_name(f.activity_date, &f.title, f.kind), audited))
        })
        .await?;
    if let Some(program) = audited {
        state.reads.read(reader, "document", [(program, id.to_string())]);
    }
    state.storage.serve(&req, &key, name).await
}
