use super::json::{Event, EventFields};
use super::record::{checked_form, count_of, load, lock, promote_waiting, EventRecord};
use crate::body::Body;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel::{self, Record};
use crate::state::AppState;
use actix_web::{put, web, HttpResponse};
use coachfolio_domain::event::EventStep;
use coachfolio_domain::event::RegistrationState;
use coachfolio_domain::ids::EventId;
use coachfolio_persistence::events;
use uuid::Uuid;

/// Change an event
///
/// For the program's coordinators; the editor sends the whole event. A larger capacity moves
/// the first of the waitlist up at once; a capacity below the confirmed registrations is
/// refused.
#[utoipa::path(tag = "events", request_body = EventFields,
    params(("event_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Event)))]
#[put("/events/{event_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<EventFields>,
) -> Result<HttpResponse, ApiError> {
    let id = EventId::from(path.into_inner());
    let fields = body.0;
    let event = state
        .write(move |c| {
            let loaded = lock(c, &me, id)?;
            loaded.context.access.require(ProgramPermission::Manage)?;
            let form = checked_form(c, loaded.row.program_id, fields)?;
            let confirmed = count_of(&events::counts(c, &[id])?, id, RegistrationState::Confirmed);
            if form.capacity.is_some_and(|n| (n as u32) < confirmed) {
                return Err(ApiError::invalid("capacity", format!("is below the {confirmed} confirmed registrations")));
            }
            let view = kernel::update::<EventRecord>(c, &me, if_match, loaded, EventStep::Updated, |_, row, _| {
                let changed = if row.form == form { vec![] } else { vec!["form"] };
                row.form = form;
                Ok(changed)
            })?;
            let row = events::find(c, id)?;
            if promote_waiting(c, &me, &row)? == 0 {
                return Ok(view);
            }
            let loaded = load(c, &me, id)?;
            EventRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(event.version, &event))
}
