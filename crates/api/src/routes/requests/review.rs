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

/// Take a request under review
///
/// By the program's coordinators or director, with an optional note (a meeting arranged, a
/// document asked for).
#[utoipa::path(tag = "requests", request_body = StepNote,
    params(("request_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Request)))]
#[post("/requests/{request_id}/review")]
pub async fn review(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<StepNote>,
) -> Result<HttpResponse, ApiError> {
    let id = RequestId::from(path.into_inner());
    let record = take(RequestAction::Reviewed, &state, me, id, if_match, body.0.note).await?;
    Ok(ok_tagged(record.version, &record))
}
