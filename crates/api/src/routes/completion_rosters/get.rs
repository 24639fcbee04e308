use super::json::Roster;
use super::record::{load, RosterRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::RosterId;
use uuid::Uuid;

/// Read a completion roster
#[utoipa::path(tag = "completion rosters", params(("roster_id" = Uuid, Path)), responses((status = 200, body = Roster)))]
#[get("/completion-rosters/{roster_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = RosterId::from(path.into_inner());
    let roster = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            RosterRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(roster.version, &roster))
}
