use super::json::CoachingLog;
use super::record::{check, load, rules_of, Log};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::coaching_log::LogStep;
use coachfolio_domain::ids::LogId;
use uuid::Uuid;

/// Submit a coaching log (the coach's signature)
///
/// Checks every rule: the coach was assigned on the meeting date, the date is within the
/// enrollment and not in the future, the duration is 1 minute to 12 hours, the session does not
/// overlap another of the candidate's, standards are 1–6 and activity codes the program's.
#[utoipa::path(tag = "coaching logs",
    params(("log_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = CoachingLog)))]
#[post("/coaching-logs/{log_id}/submit")]
pub async fn submit(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = LogId::from(path.into_inner());
    let log = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_write()?;
            let rules = rules_of(c, loaded.row.program_id)?;
            // Submitting signs it: the log must be complete.
            kernel::update::<Log>(c, &me, if_match, loaded, LogStep::Submitted, |c, row, ctx| {
                check(c, row, &ctx.enrollment, &rules, true)?;
                Ok(vec![])
            })
        })
        .await?;
    Ok(ok_tagged(log.version, &log))
}
