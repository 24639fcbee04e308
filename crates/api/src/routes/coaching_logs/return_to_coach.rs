use super::json::{CoachingLog, ReturnRequest};
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
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use uuid::Uuid;

/// Return a coaching log to the coach
///
/// For coordinators, when a log needs correcting. Its hours stop counting until the coach
/// submits it again and the candidate acknowledges it.
#[utoipa::path(tag = "coaching logs", request_body = ReturnRequest,
    params(("log_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = CoachingLog)))]
#[post("/coaching-logs/{log_id}/return")]
pub async fn return_to_coach(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<ReturnRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = LogId::from(path.into_inner());
    let reason = body.0.reason.trim().to_string();
    let mut errors = Vec::new();
    check_text("reason", &reason, 2000, &mut errors);
    Invalid::check(errors)?;
    let log = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_return()?;
            kernel::update::<Log>(c, &me, if_match, loaded, LogStep::Returned { reason }, |_, _, _| Ok(vec![]))
        })
        .await?;
    Ok(ok_tagged(log.version, &log))
}
