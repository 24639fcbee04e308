use super::json::Registration;
use super::record::{lock, RegistrationRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::routes::events::record::promote_waiting;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::event::RegistrationStep;
use coachfolio_domain::ids::RegistrationId;
use uuid::Uuid;

/// Cancel a registration
///
/// The person until the event starts and while registration is open; the program's
/// coordinators always. A place it frees goes to the first on the waitlist at once.
#[utoipa::path(tag = "registrations",
    params(("registration_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Registration)))]
#[post("/registrations/{registration_id}/cancel")]
pub async fn cancel(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = RegistrationId::from(path.into_inner());
    let r = state
        .write(move |c| {
            let loaded = lock(c, &me, id)?;
            loaded.context.may_cancel(&loaded.row)?;
            let event = loaded.context.event.clone();
            let step = RegistrationStep::Cancelled;
            let view = kernel::update::<RegistrationRecord>(c, &me, if_match, loaded, step, |_, _, _| Ok(vec![]))?;
            promote_waiting(c, &me, &event)?;
            Ok(view)
        })
        .await?;
    Ok(ok_tagged(r.version, &r))
}
