use super::json::{CoachingLog, LogFieldsBody};
use super::record::{check, load, rules_of, Log};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::coaching_log::{LogState, LogStep};
use coachfolio_domain::ids::LogId;
use uuid::Uuid;

/// Change a coaching log
///
/// For the candidate's current coach. Drafts change freely (the form autosaves with this).
/// A change to a signed log keeps the earlier revision, and an acknowledged log goes back to
/// submitted: the candidate acknowledges it again. Send the ETag you read as If-Match.
#[utoipa::path(tag = "coaching logs", request_body = LogFieldsBody,
    params(("log_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = CoachingLog)))]
#[patch("/coaching-logs/{log_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<LogFieldsBody>,
) -> Result<HttpResponse, ApiError> {
    let id = LogId::from(path.into_inner());
    let reader = me.clone();
    let log = state
        .read_then_write(
            move |c| {
                let loaded = load(c, &reader, id)?;
                loaded.context.may_write()?;
                let rules = rules_of(c, loaded.row.program_id)?;
                Ok((loaded, rules))
            },
            move |c, (loaded, rules)| {
                kernel::update::<Log>(c, &me, if_match, loaded, LogStep::Edited, |c, row, ctx| {
                    let changed = body.0.apply(&mut row.form)?;
                    if !changed.is_empty() {
                        // A signed log stays complete (an edit moves it back to submitted at most).
                        check(c, row, &ctx.enrollment, &rules, row.state() != LogState::Draft)?;
                    }
                    Ok(changed)
                })
            },
        )
        .await?;
    Ok(ok_tagged(log.version, &log))
}
