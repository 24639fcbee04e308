use super::json::RefreshRequest;
use crate::auth::tokens::hash_secret;
use crate::body::Body;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_persistence::sessions;

/// Sign out
///
/// Ends the session the refresh token belongs to; its access tokens stop working at once.
/// Answers 204 whether or not the token was known.
#[utoipa::path(tag = "auth", request_body = RefreshRequest, security(()),
    responses((status = 204, description = "Signed out")))]
#[post("/auth/logout")]
pub async fn logout(state: web::Data<AppState>, body: Body<RefreshRequest>) -> Result<HttpResponse, ApiError> {
    let hash = hash_secret(&body.0.refresh_token);
    state
        .write(move |c| {
            if let Some((token, _, _)) = sessions::find_token(c, &hash)? {
                sessions::revoke(c, token.session_id)?;
            }
            Ok(())
        })
        .await?;
    state.sessions.clear();
    Ok(HttpResponse::NoContent().finish())
}
