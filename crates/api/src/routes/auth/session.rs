//! Starting a session and issuing its token pair.

use super::json::TokenPair;
use crate::error::ApiError;
use crate::routes::users::record::own;
use crate::state::AppState;
use coachfolio_domain::ids::SessionId;
use coachfolio_persistence::users::UserRow;
use coachfolio_persistence::{memberships, now, sessions, DbConnection};

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
        refresh_token,
        token_type: "Bearer".into(),
        expires_in: state.keys.access_seconds,
        must_change_password: user.must_change_password,
        user: own(user, &memberships::of_user(c, user.id)?),
    })
}
