use super::json::Roster;
use super::record::{load, RosterRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::RosterId;
use coachfolio_domain::roster::RosterStep;
use uuid::Uuid;

/// Mark a completion roster submitted to the credential office
///
/// A draft only (409 once submitted); who and when are kept, and each candidate on it sees on
/// their completion form that their name went to the credential office.
#[utoipa::path(tag = "completion rosters",
    params(("roster_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Roster)))]
#[post("/completion-rosters/{roster_id}/submit")]
pub async fn submit(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = RosterId::from(path.into_inner());
    let roster = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            kernel::update::<RosterRecord>(c, &me, if_match, loaded, RosterStep::Submitted, |_, _, _| Ok(vec![]))
        })
        .await?;
    Ok(ok_tagged(roster.version, &roster))
}
