use super::json::{RefreshRequest, TokenPair};
use super::session::{answer, clear_cookies, expires, pair, REFRESH_COOKIE};
use crate::auth::tokens::{hash_secret, new_secret};
use crate::body::Body;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpRequest, HttpResponse};
use coachfolio_domain::user::UserStatus;
use coachfolio_persistence::{audit, now, sessions, users};
use validator::Validate;

/// Exchange a refresh token for a new token pair
///
/// Each refresh token works once. Presenting a spent one again means it was copied: the
/// whole session is ended, so neither copy works any more. Without `refresh_token` in the
/// body, the `coachfolio_refresh` cookie's is used, and the new one replaces it there.
#[utoipa::path(tag = "auth", request_body = RefreshRequest, security(()),
    responses((status = 200, description = "A new pair; the old refresh token is spent", body = TokenPair)))]
#[post("/auth/refresh")]
pub async fn refresh(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: Body<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    body.0.validate()?;
    let in_cookie = body.0.refresh_token.is_none();
    let presented = match body.0.refresh_token {
        Some(token) => token,
        None => req.cookie(REFRESH_COOKIE).map(|c| c.value().to_string()).ok_or_else(|| {
            ApiError::Unauthorized("sign in first: no refresh token in the body or the cookie".into())
        })?,
    };
    let hash = hash_secret(&presented);
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
    match outcome {
        Ok(pair) => Ok(answer(&state, pair, in_cookie)),
        // The web app's session is over: its cookies go with it.
        Err(refused) if in_cookie => {
            let mut res = actix_web::ResponseError::error_response(&refused);
            clear_cookies(&mut res);
            Ok(res)
        }
        Err(refused) => Err(refused),
    }
}
