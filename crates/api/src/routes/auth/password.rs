use super::json::TokenPair;
use super::new_password::{set_and_sign_in, Chosen};
use super::session::answer;
use crate::auth::passwords;
use crate::body::Body;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::password;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    #[schema(min_length = 1, max_length = 1024)]
    pub current_password: String,
    /// 12 to 128 characters, not a common password, not containing the username or email.
    #[schema(min_length = 12, max_length = 128)]
    pub new_password: String,
    /// Keep the new refresh token in the web app's HttpOnly cookie instead of the answer.
    #[serde(default)]
    pub refresh_cookie: bool,
}

/// Change your password
///
/// Ends every session of the account (other devices are signed out) and returns a fresh
/// token pair for this one. Also how a temporary password is replaced at first sign-in.
#[utoipa::path(tag = "auth", request_body = PasswordChange,
    responses((status = 200, description = "Changed; a new token pair", body = TokenPair)))]
#[post("/auth/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Body<PasswordChange>,
) -> Result<HttpResponse, ApiError> {
    let PasswordChange { current_password, new_password, refresh_cookie } = body.0;
    if !passwords::verify(&current_password, &me.user.password_hash) {
        return Err(ApiError::invalid("current_password", "is not your current password"));
    }
    password::check("new_password", &new_password, &me.user.username, &me.user.email)?;
    if new_password == current_password {
        return Err(ApiError::invalid("new_password", "must differ from the current password"));
    }
    let hash = passwords::hash(&new_password);
    let s = state.clone();
    let pair = state.write(move |c| set_and_sign_in(c, &s, me.id(), hash, Chosen::Changed)).await?;
    state.sessions.clear();
    Ok(answer(&state, pair, refresh_cookie))
}
