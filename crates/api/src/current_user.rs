use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{dev::Payload, http::header, web, FromRequest, HttpRequest};
use coachfolio_domain::ids::{SessionId, UserId};
use coachfolio_domain::user::UserStatus;
use coachfolio_persistence::{sessions, users::UserRow};
use futures_util::future::LocalBoxFuture;

/// The signed-in person, from a valid access token whose session is still live.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub user: UserRow,
    pub session_id: SessionId,
}

impl CurrentUser {
    pub fn id(&self) -> UserId {
        self.user.id
    }
    pub fn is_admin(&self) -> bool {
        self.user.is_admin
    }
}

/// The token of an `Authorization: Bearer <token>` header; the scheme's name is
/// case-insensitive (RFC 9110 §11.1).
fn bearer(value: &str) -> Option<&str> {
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty())
}

/// What someone with a temporary password may still do: see who they are, choose a new
/// password, sign out.
const ALLOWED_BEFORE_PASSWORD_CHANGE: &[&str] = &["/api/me", "/api/auth/password", "/api/auth/logout"];

impl FromRequest for CurrentUser {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<CurrentUser, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token =
            req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(bearer).map(str::to_string);
        let path = req.path().to_string();
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::Internal("application state missing".into()))?;
            let token = token.ok_or_else(|| {
                ApiError::Unauthorized("sign in first: send Authorization: Bearer <access token>".into())
            })?;
            let claims = state
                .keys
                .verify(&token)
                .ok_or_else(|| ApiError::Unauthorized("the access token is invalid or has expired".into()))?;
            let ended = || ApiError::Unauthorized("this sign-in session has ended".into());
            let session_id: SessionId = claims.sid.parse().map_err(|_| ended())?;
            let user = match state.sessions.get(&claims.sid) {
                Some(user) => user,
                None => {
                    let (generation, user) = state
                        .read(move |c| Ok((sessions::generation(c)?, sessions::live_user(c, session_id)?)))
                        .await?;
                    let user = user.ok_or_else(ended)?;
                    state.sessions.put(&claims.sid, user.clone(), generation);
                    user
                }
            };
            if claims.sub.parse::<UserId>().ok() != Some(user.id) {
                return Err(ended());
            }
            if user.status != UserStatus::Active {
                return Err(ApiError::Unauthorized("this account is disabled".into()));
            }
            if user.must_change_password && !ALLOWED_BEFORE_PASSWORD_CHANGE.contains(&path.as_str()) {
                return Err(ApiError::Forbidden("choose a new password first (POST /api/auth/password)".into()));
            }
            Ok(CurrentUser { user, session_id })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::bearer;

    #[test]
    fn the_bearer_scheme_is_case_insensitive() {
        for header in ["Bearer abc", "bearer abc", "BEARER  abc ", "BeArEr abc"] {
            assert_eq!(bearer(header), Some("abc"), "{header}");
        }
        assert_eq!(bearer("Basic abc"), None);
        assert_eq!(bearer("Bearer "), None);
        assert_eq!(bearer("Bearerabc"), None);
    }
}
