use super::json::User;
use super::record::{load, Account};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::UserId;
use uuid::Uuid;

/// Get an account
///
/// Your own, or one you may look up: for coordinators and directors, the accounts whose every
/// role is in programs they run (404 otherwise).
#[utoipa::path(tag = "users", params(("user_id" = Uuid, Path)), responses((status = 200, body = User)))]
#[get("/users/{user_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = UserId::from(path.into_inner());
    let user = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            Account::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(user.version, &user))
}
