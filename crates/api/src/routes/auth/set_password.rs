use super::json::SetPassword;
use super::link::usable_link;
use super::new_password::{set_and_sign_in, Chosen};
use super::session::answer;
use crate::auth::passwords;
use crate::body::Body;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::password;

/// Choose a password with a link
///
/// The link from an invitation or a reset email sets the account's password once: every other
/// link sent to the account stops working, every session of the account ends, and this answer
/// signs the person in (a token pair, as sign-in does). 422 naming `token` when the link has
/// expired or was used (two uses at once: one wins), naming `new_password` when it is weak.
#[utoipa::path(tag = "auth", request_body = SetPassword, security(()),
    responses((status = 200, description = "Set; signed in", body = super::json::TokenPair)))]
#[post("/auth/set-password")]
pub async fn set_password(state: web::Data<AppState>, body: Body<SetPassword>) -> Result<HttpResponse, ApiError> {
    let SetPassword { token, new_password, refresh_cookie } = body.0;
    let (link, user) = state.read(move |c| usable_link(c, &token)).await?;
    password::check("new_password", &new_password, &user.username, &user.email)?;
    // Hashing is slow: outside the write transaction.
    let hash = passwords::hash(&new_password);
    let s = state.clone();
    let pair = state.write(move |c| set_and_sign_in(c, &s, user.id, hash, Chosen::ByLink(link.id))).await?;
    state.sessions.clear();
    Ok(answer(&state, pair, refresh_cookie))
}
