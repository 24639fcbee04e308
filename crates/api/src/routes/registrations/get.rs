use super::json::Registration;
use super::record::{load, RegistrationRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::RegistrationId;
use uuid::Uuid;

/// Read a registration (the confirmation page)
///
/// For the person registered and the program's coordinators and director.
#[utoipa::path(tag = "registrations", params(("registration_id" = Uuid, Path)), responses((status = 200, body = Registration)))]
#[get("/registrations/{registration_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = RegistrationId::from(path.into_inner());
    let r = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            RegistrationRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(r.version, &r))
}
