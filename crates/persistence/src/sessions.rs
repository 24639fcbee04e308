//! Sign-in sessions and their rotating refresh tokens (stored as SHA-256 hashes only).

use crate::connection::native;
use crate::schema::{refresh_tokens, session_generation, sessions, users};
use crate::users::UserRow;
use crate::{now, StoreError};
use coachfolio_domain::ids::{RefreshTokenId, SessionId, UserId};
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = refresh_tokens)]
pub struct RefreshTokenRow {
    pub id: RefreshTokenId,
    pub session_id: SessionId,
    pub token_hash: String,
    pub created_at: PrimitiveDateTime,
    pub expires_at: PrimitiveDateTime,
    pub used_at: Option<PrimitiveDateTime>,
}

/// Starts a session for `user_id` with its first refresh token; returns the session id.
pub fn start(
    c: &mut crate::DbConnection,
    user_id: UserId,
    token_hash: &str,
    expires_at: PrimitiveDateTime,
) -> Result<SessionId, StoreError> {
    let id = SessionId::new();
    diesel::insert_into(sessions::table)
        .values((sessions::id.eq(id), sessions::user_id.eq(user_id), sessions::created_at.eq(now())))
        .execute(c)?;
    add_token(c, id, token_hash, expires_at)?;
    Ok(id)
}

pub fn add_token(
    c: &mut crate::DbConnection,
    session_id: SessionId,
    token_hash: &str,
    expires_at: PrimitiveDateTime,
) -> Result<(), StoreError> {
    diesel::insert_into(refresh_tokens::table)
        .values(RefreshTokenRow {
            id: RefreshTokenId::new(),
            session_id,
            token_hash: token_hash.to_string(),
            created_at: now(),
            expires_at,
            used_at: None,
        })
        .execute(c)?;
    Ok(())
}

/// The refresh token with this hash, with its session's user and whether the session was revoked.
pub fn find_token(
    c: &mut crate::DbConnection,
    token_hash: &str,
) -> Result<Option<(RefreshTokenRow, UserId, bool)>, StoreError> {
    let found = refresh_tokens::table
        .inner_join(sessions::table)
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .select((RefreshTokenRow::as_select(), sessions::user_id, sessions::revoked_at.is_not_null()))
        .get_result(c)
        .optional()?;
    Ok(found)
}

/// Marks a token spent; `false` when it already was (a concurrent refresh won).
pub fn spend(c: &mut crate::DbConnection, token_id: RefreshTokenId) -> Result<bool, StoreError> {
    let n = diesel::update(refresh_tokens::table.find(token_id).filter(refresh_tokens::used_at.is_null()))
        .set(refresh_tokens::used_at.eq(now()))
        .execute(c)?;
    Ok(n == 1)
}

pub fn revoke(c: &mut crate::DbConnection, session_id: SessionId) -> Result<(), StoreError> {
    diesel::update(sessions::table.find(session_id).filter(sessions::revoked_at.is_null()))
        .set(sessions::revoked_at.eq(now()))
        .execute(c)?;
    Ok(())
}

/// Ends every session of the user except `keep`.
pub fn revoke_all_but(c: &mut crate::DbConnection, user_id: UserId, keep: Option<SessionId>) -> Result<(), StoreError> {
    let mut q = diesel::update(sessions::table)
        .filter(sessions::user_id.eq(user_id))
        .filter(sessions::revoked_at.is_null())
        .into_boxed();
    if let Some(keep) = keep {
        q = q.filter(sessions::id.ne(keep));
    }
    q.set(sessions::revoked_at.eq(now())).execute(c)?;
    Ok(())
}

/// The session's user while the session is live; checked on every authenticated request (one
/// query) so that signing out, a password change or a detected token theft takes effect at once.
pub fn live_user(c: &mut crate::DbConnection, session_id: SessionId) -> Result<Option<UserRow>, StoreError> {
    Ok(sessions::table
        .inner_join(users::table)
        .filter(sessions::id.eq(session_id))
        .filter(sessions::revoked_at.is_null())
        .select(UserRow::as_select())
        .get_result(c)
        .optional()?)
}

/// How many times a session was revoked or an account changed (kept by triggers on both
/// backends): a server forgets the sessions it saw live before the count moved.
pub fn generation(c: &mut crate::DbConnection) -> Result<i64, StoreError> {
    let query = session_generation::table.find(1).select(session_generation::n);
    Ok(native!(c, |c| query.get_result(c))?)
}
