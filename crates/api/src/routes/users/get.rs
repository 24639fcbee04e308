use super::User;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::policy;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_persistence::users;
use uuid::Uuid;

/// Get an account
#[utoipa::path(tag = "users", params(("user_id" = Uuid, Path)), responses((status = 200, body = User)))]
#[get("/users/{user_id}")]
pub async fn get(state: web::Data<AppState>, me: CurrentUser, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let user = state
        .read(move |c| {
            if id != me.id() {
                policy::require_account_reader(c, &me).map_err(|_| ApiError::not_found("account"))?;
            }
            Ok(User::from(&users::find(c, &id).map_err(|_| ApiError::not_found("account"))?))
        })
        .await?;
    Ok(ok_tagged(user.version, &user))
}
