//! Starting a session and issuing its token pair.

use super::json::TokenPair;
use crate::error::ApiError;
use crate::routes::users::record::own;
use crate::state::AppState;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::HttpResponse;
use coachfolio_domain::ids::SessionId;
use coachfolio_persistence::users::UserRow;
use coachfolio_persistence::{memberships, now, sessions, DbConnection};

/// The web app's refresh token: in a cookie no script reads (HttpOnly), sent only over TLS or
/// to this machine (Secure), only from the app's own pages (SameSite=Strict) and only to the
/// refresh endpoint (its path).
pub(crate) const REFRESH_COOKIE: &str = "coachfolio_refresh";
const REFRESH_PATH: &str = "/api/auth/refresh";
/// Beside it, a cookie the page can read that says only that there is one (no secret): the
/// web app asks for a new access token on a reload only then, instead of a 401 at every first
/// visit.
const SIGNED_IN_COOKIE: &str = "coachfolio_signed_in";

/// The web app's two cookies: the refresh token, and the sign that there is one.
fn cookies(token: String, max_age: time::Duration) -> [Cookie<'static>; 2] {
    let refresh = Cookie::build(REFRESH_COOKIE, token)
        .path(REFRESH_PATH)
        .http_only(true)
        .secure(true)
        .same_site(SameSite::Strict)
        .max_age(max_age)
        .finish();
    let signed_in = Cookie::build(SIGNED_IN_COOKIE, if max_age.is_zero() { "" } else { "1" })
        .path("/")
        .secure(true)
        .same_site(SameSite::Strict)
        .max_age(max_age)
        .finish();
    [refresh, signed_in]
}

/// Removes the web app's cookies from `res` (signed out, or its session ended).
pub(crate) fn clear_cookies(res: &mut HttpResponse) {
    for cookie in cookies(String::new(), time::Duration::ZERO) {
        // A cookie is plain text: adding one cannot fail.
        let _ = res.add_cookie(&cookie);
    }
}

/// Answers a token pair: the refresh token in the body, or (`in_cookie`) in the web app's
/// cookie and `null` in the body.
pub(crate) fn answer(state: &AppState, mut pair: TokenPair, in_cookie: bool) -> HttpResponse {
    let mut res = HttpResponse::Ok();
    if let Some(token) = pair.refresh_token.take_if(|_| in_cookie) {
        for cookie in cookies(token, time::Duration::seconds(state.keys.refresh_seconds)) {
            res.cookie(cookie);
        }
    }
    res.json(pair)
}

/// Starts a new session for `user` and returns its first token pair.
pub(crate) fn start_session(c: &mut DbConnection, state: &AppState, user: &UserRow) -> Result<TokenPair, ApiError> {
    let (refresh, hash) = crate::auth::tokens::new_secret();
    let session_id = sessions::start(c, user.id, &hash, expires(state))?;
    pair(c, state, user, session_id, refresh)
}

pub(crate) fn expires(state: &AppState) -> time::PrimitiveDateTime {
    now() + time::Duration::seconds(state.keys.refresh_seconds)
}

pub(crate) fn pair(
    c: &mut DbConnection,
    state: &AppState,
    user: &UserRow,
    session_id: SessionId,
    refresh_token: String,
) -> Result<TokenPair, ApiError> {
    Ok(TokenPair {
        access_token: state.keys.issue(&user.id.to_string(), &session_id.to_string()),
        refresh_token: Some(refresh_token),
        token_type: "Bearer".into(),
        expires_in: state.keys.access_seconds,
        must_change_password: user.must_change_password,
        user: own(user, &memberships::of_user(c, user.id)?),
    })
}
