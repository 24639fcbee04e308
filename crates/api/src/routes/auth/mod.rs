//! Sign-in, token refresh, sign-out and password change.

pub mod login;
pub mod logout;
pub mod password;
pub mod refresh;

use crate::error::ApiError;
use crate::routes::users::User;
use crate::state::AppState;
use coachfolio_persistence::users::UserRow;
use coachfolio_persistence::{now, sessions, DbConnection};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What a successful sign-in or refresh returns.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenPair {
    /// Send as `Authorization: Bearer <access_token>`.
    pub access_token: String,
    /// Exchange at `/api/auth/refresh` for a new pair; each refresh token works once.
    pub refresh_token: String,
    #[schema(example = "Bearer")]
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    pub must_change_password: bool,
    pub user: User,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    #[schema(min_length = 1, max_length = 200)]
    pub refresh_token: String,
}

/// Starts a new session for `user` and returns its first token pair.
pub(crate) fn start_session(c: &mut DbConnection, state: &AppState, user: &UserRow) -> Result<TokenPair, ApiError> {
    let (refresh, hash) = crate::auth::tokens::new_refresh_token();
    let session_id = sessions::start(c, &user.id, &hash, expires(state))?;
    Ok(pair(state, user, &session_id, refresh))
}

pub(crate) fn expires(state: &AppState) -> time::PrimitiveDateTime {
    now() + time::Duration::seconds(state.keys.refresh_seconds)
}

pub(crate) fn pair(state: &AppState, user: &UserRow, session_id: &str, refresh_token: String) -> TokenPair {
    TokenPair {
        access_token: state.keys.issue(&user.id, session_id),
        refresh_token,
        token_type: "Bearer".into(),
        expires_in: state.keys.access_seconds,
        must_change_password: user.must_change_password,
        user: User::from(user),
    }
}
