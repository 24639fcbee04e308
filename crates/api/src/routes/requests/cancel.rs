use super::json::{Request, StepNote};
use super::record::take;
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::RequestId;
use coachfolio_domain::request::RequestAction;
use uuid::Uuid;

/// Cancel an open request
///
/// By the candidate, or the coordinator who filed it, while submitted or under review; with
/// an optional note. Another request of its kind may then be submitted.
#[utoipa::path(tag = "requests", request_body = StepNote,
    params(("request_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Request)))]
#[post("/requests/{request_id}/cancel")]
pub async fn cancel(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<StepNote>,
) -> Result<HttpResponse, ApiError> {
    let id = RequestId::from(path.into_inner());
    let record = take(RequestAction::Cancelled, &state, me, id, if_match, body.0.note).await?;
    Ok(ok_tagged(record.version, &record))
}
