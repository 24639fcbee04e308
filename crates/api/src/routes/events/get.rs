use super::record::{load, EventRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::EventId;
use uuid::Uuid;

/// Read an event
///
/// With its places, your registration and whether you may register now (and why not).
#[utoipa::path(tag = "events", params(("event_id" = Uuid, Path)), responses((status = 200, body = super::json::Event)))]
#[get("/events/{event_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = EventId::from(path.into_inner());
    let event = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            EventRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(event.version, &event))
}
