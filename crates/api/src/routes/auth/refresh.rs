use super::json::{RefreshRequest, TokenPair};
use super::session::{expires, pair};
use crate::auth::tokens::{hash_secret, new_secret};
use crate::body::Body;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web};
use coachfolio_domain::user::UserStatus;
use coachfolio_persistence::{audit, now, sessions, users};

/// Exchange a refresh token for a new token pair
///
/// Each refresh token works once. Presenting a spent one again means it was copied: the
/// whole session is ended, so neither copy works any more.
#[utoipa::path(tag = "auth", request_body = RefreshRequest, security(()),
    responses((status = 200, description = "A new pair; the old refresh token is spent", body = TokenPair)))]
#[post("/auth/refresh")]
pub async fn refresh(state: web::Data<AppState>, body: Body<RefreshRequest>) -> Result<web::Json<TokenPair>, ApiError> {
    let hash = hash_secret(&body.0.refresh_token);
    let s = state.clone();
    // The outer Ok commits (a detected reuse must revoke even though the answer is 401).
    let outcome = state
        .write(move |c| {
            let ended = || Err(ApiError::Unauthorized("this sign-in session has ended; sign in again".into()));
            let Some((token, user_id, revoked)) = sessions::find_token(c, &hash)? else {
                return Ok(ended());
            };
            if revoked || token.expires_at < now() {
                return Ok(ended());
            }
            if token.used_at.is_some() || !sessions::spend(c, token.id)? {
                sessions::revoke(c, token.session_id)?;
                audit::record(
                    c,
                    audit::Entry {
                        actor_id: Some(user_id),
                        program_id: None,
                        action: "session.refresh_token_reused",
                        entity: "session",
                        entity_id: token.session_id.to_string(),
                        before: None,
                        after: None,
                        confidential: false,
                    },
                )?;
                return Ok(ended());
            }
            let user = users::find(c, user_id)?;
            if user.status != UserStatus::Active {
                return Ok(ended());
            }
            let (refresh, new_hash) = new_secret();
            sessions::add_token(c, token.session_id, &new_hash, expires(&s))?;
            Ok(pair(c, &s, &user, token.session_id, refresh))
        })
        .await?;
    state.sessions.clear();
    outcome.map(web::Json)
}
