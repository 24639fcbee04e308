use super::json::{Event, EventCopy};
use super::record::{load, EventRecord};
use crate::body::Body;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::EventId;
use coachfolio_persistence::events::{self, NewEvent};
use uuid::Uuid;

/// Copy an event to another day
///
/// A year's dates are mostly the same series: the copy keeps everything but its day; its
/// times and registration window move by as many days. It starts with no registrations.
#[utoipa::path(tag = "events", request_body = EventCopy, params(("event_id" = Uuid, Path)), responses((status = 201, body = Event)))]
#[post("/events/{event_id}/copy")]
pub async fn copy(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<EventCopy>,
) -> Result<HttpResponse, ApiError> {
    let id = EventId::from(path.into_inner());
    let starts_on = body.0.starts_on;
    let event = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require(ProgramPermission::Manage)?;
            let mut form = loaded.row.form.clone();
            let shift = starts_on - form.starts_at.date();
            let moved = |t: time::PrimitiveDateTime| t.checked_add(shift);
            let (Some(starts), Some(ends)) = (moved(form.starts_at), moved(form.ends_at)) else {
                return Err(ApiError::invalid("starts_on", "is out of range"));
            };
            (form.starts_at, form.ends_at) = (starts, ends);
            form.registration_opens_at = form.registration_opens_at.and_then(moved);
            form.registration_closes_at = form.registration_closes_at.and_then(moved);
            let row = events::insert(c, &NewEvent::new(loaded.row.program_id, form, me.id()))?;
            kernel::created::<EventRecord>(c, &me, &row, &loaded.context)
        })
        .await?;
    Ok(created_tagged(event.version, &event))
}
