use super::json::Registration;
use super::record::{people_of, to_json, RegistrationContext};
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::routes::events::record::load;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::event::RegistrationState;
use coachfolio_domain::ids::EventId;
use coachfolio_persistence::{events, users};
use uuid::Uuid;

/// An event's roster: every registration in order of arrival
///
/// For the program's coordinators and director. Confirmed, waitlisted (with their place) and
/// cancelled registrations, with who registered and who cancelled.
#[utoipa::path(tag = "registrations", params(("event_id" = Uuid, Path)), responses((status = 200, body = Vec<Registration>)))]
#[get("/events/{event_id}/registrations")]
pub async fn roster(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<Registration>>, ApiError> {
    let id = EventId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            if !loaded.context.access.allows(ProgramPermission::Oversee) {
                return Err(ApiError::Forbidden("the roster is for the program's coordinators and director".into()));
            }
            let rows = events::roster(c, id)?;
            let ids: Vec<_> = rows.iter().flat_map(people_of).collect();
            let people = users::refs(c, &ids)?;
            let ctx = RegistrationContext { event: loaded.row, ctx: loaded.context };
            let mut waiting = 0;
            rows.iter()
                .map(|r| {
                    let position = (r.state == RegistrationState::Waitlisted).then(|| {
                        waiting += 1;
                        waiting
                    });
                    to_json(r, &ctx.event, &ctx.ctx.time_zone, &people, position, ctx.may_cancel(r).is_ok())
                })
                .collect()
        })
        .await?;
    Ok(web::Json(out))
}
