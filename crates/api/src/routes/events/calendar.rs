use super::record::load;
use crate::calendar::ics;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, http::header, web, HttpResponse};
use coachfolio_domain::ids::EventId;
use uuid::Uuid;

/// Download an event for your calendar (.ics)
///
/// One iCalendar event (RFC 5545), with the same UID as in the calendar feeds: importing it
/// again after a change updates the entry.
#[utoipa::path(tag = "events", params(("event_id" = Uuid, Path)),
    responses((status = 200, description = "iCalendar", content_type = "text/calendar", body = String)))]
#[get("/events/{event_id}/calendar.ics")]
pub async fn calendar(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = EventId::from(path.into_inner());
    let body = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            let zone = loaded.context.time_zone.clone();
            Ok(ics(None, [(&loaded.row, zone.as_str())]))
        })
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, "attachment; filename=\"event.ics\""))
        .body(body))
}
