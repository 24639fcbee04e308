use super::json::{Event, EventFields};
use super::record::{checked_form, EventContext, EventRecord};
use crate::body::Body;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::events::{self, NewEvent};
use uuid::Uuid;

/// Schedule an event
///
/// For the program's coordinators. Times are the program's local times.
#[utoipa::path(tag = "events", request_body = EventFields, params(("program_id" = Uuid, Path)), responses((status = 201, body = Event)))]
#[post("/programs/{program_id}/events")]
pub async fn create(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<EventFields>,
) -> Result<HttpResponse, ApiError> {
    let program_id = ProgramId::from(path.into_inner());
    let fields = body.0;
    let event = state
        .write(move |c| {
            let ctx = EventContext::load(c, &me, program_id)?;
            ctx.access.require(ProgramPermission::Manage)?;
            let form = checked_form(c, program_id, fields)?;
            let row = events::insert(c, &NewEvent::new(program_id, form, me.id()))?;
            kernel::created::<EventRecord>(c, &me, &row, &ctx)
        })
        .await?;
    Ok(created_tagged(event.version, &event))
}
