use super::json::Request;
use super::record::{load, RequestRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::RequestId;
use uuid::Uuid;

/// A request, with its steps, decision and documents
#[utoipa::path(tag = "requests", params(("request_id" = Uuid, Path)), responses((status = 200, body = Request)))]
#[get("/requests/{request_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = RequestId::from(path.into_inner());
    let reads = state.reads.clone();
    let record = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            reads.read(me.id(), RequestRecord::ENTITY, [(loaded.row.program_id, loaded.row.id.to_string())]);
            RequestRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(record.version, &record))
}
