use super::json::RefreshRequest;
use super::session::clear_cookies;
use crate::auth::tokens::hash_secret;
use crate::body::Body;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_persistence::sessions;
use validator::Validate;

/// Sign out
///
/// Ends the session the refresh token belongs to, or (without one, as the web app signs out)
/// the session of the access token sent; its access tokens stop working at once, and the web
/// app's refresh cookie is removed. Answers 204 whether or not the token was known.
#[utoipa::path(tag = "auth", request_body = RefreshRequest, security((), ("bearer" = [])),
    responses((status = 204, description = "Signed out")))]
#[post("/auth/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    me: Option<CurrentUser>,
    body: Body<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    body.0.validate()?;
    let hash = body.0.refresh_token.as_deref().map(hash_secret);
    let signed_in = me.map(|m| m.session_id);
    state
        .write(move |c| {
            let session = match hash {
                Some(hash) => sessions::find_token(c, &hash)?.map(|(token, _, _)| token.session_id),
                None => signed_in,
            };
            if let Some(session) = session {
                sessions::revoke(c, session)?;
            }
            Ok(())
        })
        .await?;
    state.sessions.clear();
    let mut res = HttpResponse::NoContent().finish();
    clear_cookies(&mut res);
    Ok(res)
}
