use super::json::{Event, EventsQuery};
use super::record::{my_registration, to_json, waitlist_position, EventContext};
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::event::RegistrationState;
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::{attendance, events};
use uuid::Uuid;

/// A program's events, earliest first
///
/// Those not over yet (`include_past` for all). Coordinators and directors see every event;
/// others see the events meant for them and those they registered for, each with their own
/// registration and waitlist place.
#[utoipa::path(tag = "events", params(("program_id" = Uuid, Path), EventsQuery), responses((status = 200, body = Vec<Event>)))]
#[get("/programs/{program_id}/events")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<EventsQuery>,
) -> Result<web::Json<Vec<Event>>, ApiError> {
    let program_id = ProgramId::from(path.into_inner());
    let include_past = query.include_past;
    let out = state
        .read(move |c| {
            let ctx = EventContext::load(c, &me, program_id)?;
            ctx.access.require(ProgramPermission::Read)?;
            let rows = events::of_program(c, program_id, (!include_past).then_some(ctx.now))?;
            let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
            let mine = events::registrations_of_user(c, me.id(), &ids)?;
            let rows: Vec<_> =
                rows.into_iter().filter(|r| ctx.lists(r, mine.iter().any(|m| m.event_id == r.id))).collect();
            let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
            let counts = events::counts(c, &ids)?;
            let attended = attendance::of_user_at(c, me.id(), &ids)?;
            rows.iter()
                .map(|row| {
                    let mine = match mine.iter().find(|m| m.event_id == row.id) {
                        Some(r) if r.state == RegistrationState::Waitlisted => {
                            Some(my_registration(r, Some(waitlist_position(c, r)?), row, &ctx))
                        }
                        Some(r) => Some(my_registration(r, None, row, &ctx)),
                        None => None,
                    };
                    Ok(to_json(row, &ctx, &counts, mine, attended.iter().find(|a| a.event_id == row.id)))
                })
                .collect()
        })
        .await?;
    Ok(web::Json(out))
}
