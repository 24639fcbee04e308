use super::json::{Acknowledgement, CoachingLog};
use super::record::{load, Log};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::coaching_log::LogStep;
use coachfolio_domain::ids::LogId;
use coachfolio_domain::user::check_optional_text;
use coachfolio_domain::Invalid;
use uuid::Uuid;

/// Acknowledge a coaching log (the candidate's signature)
///
/// With the coach's signature this makes the log verified.
#[utoipa::path(tag = "coaching logs", request_body = Acknowledgement,
    params(("log_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = CoachingLog)))]
#[post("/coaching-logs/{log_id}/acknowledge")]
pub async fn acknowledge(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<Acknowledgement>,
) -> Result<HttpResponse, ApiError> {
    let id = LogId::from(path.into_inner());
    let comment = body.0.comment.map(|c| c.trim().to_string()).filter(|c| !c.is_empty());
    let mut errors = Vec::new();
    check_optional_text("comment", comment.as_deref(), 2000, &mut errors);
    Invalid::check(errors)?;
    let log = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_acknowledge()?;
            kernel::update::<Log>(c, &me, if_match, loaded, LogStep::Acknowledged { comment }, |_, _, _| Ok(vec![]))
        })
        .await?;
    Ok(ok_tagged(log.version, &log))
}
