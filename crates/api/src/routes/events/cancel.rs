use super::json::{Event, EventCancel};
use super::record::{lock, save_held, EventRecord};
use crate::body::Body;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::kernel::Taken;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::event::EventStep;
use coachfolio_domain::event::RegistrationStep;
use coachfolio_domain::ids::EventId;
use coachfolio_persistence::events;
use uuid::Uuid;

/// Cancel an event
///
/// For the program's coordinators. Every registration is kept, as "event cancelled"; nobody is
/// notified yet.
#[utoipa::path(tag = "events", request_body = EventCancel,
    params(("event_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Event)))]
#[post("/events/{event_id}/cancel")]
pub async fn cancel(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<EventCancel>,
) -> Result<HttpResponse, ApiError> {
    let id = EventId::from(path.into_inner());
    let reason = body.0.reason.map(|r| r.trim().to_string()).filter(|r| !r.is_empty());
    if reason.as_ref().is_some_and(|r| r.chars().count() > 2000) {
        return Err(ApiError::invalid("reason", "must be at most 2000 characters"));
    }
    let event = state
        .write(move |c| {
            let loaded = lock(c, &me, id)?;
            loaded.context.access.require(ProgramPermission::Manage)?;
            // Its registrations are kept, as of a cancelled event (their calendars say so); a
            // refused cancellation (already cancelled, a stale version) rolls them back.
            for mut r in events::open_registrations(c, id)? {
                r.state = r.state.after(RegistrationStep::EventCancelled)?;
                save_held(c, &mut r)?;
            }
            let step = Taken { step: EventStep::Cancelled, note: reason };
            kernel::update::<EventRecord>(c, &me, if_match, loaded, step, |_, _, _| Ok(vec![]))
        })
        .await?;
    Ok(ok_tagged(event.version, &event))
}
