use super::json::FollowUp;
use super::record::{load, FollowUpRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::follow_up::FollowUpStep;
use coachfolio_domain::ids::FollowUpId;
use uuid::Uuid;

/// Reopen a resolved follow-up
///
/// It is open again, its resolution cleared (the trail keeps who resolved and reopened it).
#[utoipa::path(tag = "portfolio review",
    params(("follow_up_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = FollowUp)))]
#[post("/follow-ups/{follow_up_id}/reopen")]
pub async fn reopen_follow_up(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = FollowUpId::from(path.into_inner());
    let view = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            kernel::update::<FollowUpRecord>(c, &me, if_match, loaded, FollowUpStep::Reopened, |_, _, _| Ok(vec![]))
        })
        .await?;
    Ok(ok_tagged(view.version, &view))
}
