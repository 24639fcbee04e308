use super::json::{NewRegistration, Registration};
use super::record::{RegistrationContext, RegistrationRecord};
use crate::body::Body;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::kernel;
use crate::routes::events::record::{attendee_of, count_of, lock, registering, save_held};
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::event::{self, NotAdmitted, Registrar, RegistrationState};
use coachfolio_domain::ids::{EventId, UserId};
use coachfolio_persistence::events::{self, NewRegistration as NewRow};
use uuid::Uuid;

/// Register for an event
///
/// Yourself, while registration is open, for an event meant for you (its audience, cohort and
/// district); or, for the program's coordinators, someone else until the event is over. A
/// place while one is free, else the waitlist, in order of arrival: capacity is never
/// exceeded. Registering again after cancelling takes a new place in the queue.
#[utoipa::path(tag = "registrations", request_body = NewRegistration, params(("event_id" = Uuid, Path)), responses((status = 201, body = Registration)))]
#[post("/events/{event_id}/registrations")]
pub async fn register(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewRegistration>,
) -> Result<HttpResponse, ApiError> {
    let id = EventId::from(path.into_inner());
    let who = body.0.user_id.map(UserId::from);
    let r = state
        .write(move |c| {
            let loaded = lock(c, &me, id)?;
            let (event, ctx) = (loaded.row, loaded.context);
            let who = who.unwrap_or(me.id());
            let on_behalf = who != me.id();
            if on_behalf {
                ctx.access.require(ProgramPermission::Manage)?;
            }
            let attendee =
                if on_behalf { attendee_of(c, who, event.program_id, ctx.now)? } else { ctx.attendee.clone() };
            let confirmed = count_of(&events::counts(c, &[id])?, id, RegistrationState::Confirmed);
            let by = if on_behalf { Registrar::Coordinator } else { Registrar::Themself };
            let placed =
                event::admit(&registering(&event, confirmed), &attendee, by, ctx.now).map_err(|no| match no {
                    NotAdmitted::NotFor(why) => ApiError::invalid("user_id", why),
                    NotAdmitted::Closed(field, why) => ApiError::conflict(field, why),
                })?;
            let existing = events::registration_of(c, id, who)?;
            if existing.as_ref().is_some_and(|r| r.state.is_open()) {
                return Err(ApiError::conflict("user_id", "is already registered for this event"));
            }
            let arrival = events::next_arrival(c, id)?;
            let row = match existing {
                None => events::insert_registration(c, &NewRow::new(&event, who, me.id(), placed, arrival))?,
                Some(mut again) => {
                    (again.state, again.arrival) = (placed, arrival);
                    (again.registered_by, again.registered_at) = (me.id(), coachfolio_persistence::now());
                    (again.promoted_at, again.cancelled_at, again.cancelled_by) = (None, None, None);
                    save_held(c, &mut again)?;
                    again
                }
            };
            let context = RegistrationContext { event, ctx };
            kernel::created::<RegistrationRecord>(c, &me, &row, &context)
        })
        .await?;
    Ok(created_tagged(r.version, &r))
}
