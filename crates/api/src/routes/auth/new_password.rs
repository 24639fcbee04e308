//! What choosing a password does, whether by a password change or through an emailed link.

use super::json::TokenPair;
use super::session::start_session;
use crate::error::ApiError;
use crate::state::AppState;
use coachfolio_domain::ids::{PasswordLinkId, UserId};
use coachfolio_persistence::{audit, now, password_links, save, sessions, users, DbConnection, Saved};

/// How the person chose it.
pub(super) enum Chosen {
    /// Changed while signed in.
    Changed,
    /// Through this invitation or reset link.
    ByLink(PasswordLinkId),
}

/// Sets the account's password (`hash`, the person's own choice), spends every link sent to the
/// account (a link must not set it again; the one used must still have been unused), ends every
/// session of the account, records it, and starts a session: a token pair.
pub(super) fn set_and_sign_in(
    c: &mut DbConnection,
    state: &AppState,
    user: UserId,
    hash: String,
    chosen: Chosen,
) -> Result<TokenPair, ApiError> {
    let link = match chosen {
        Chosen::Changed => None,
        Chosen::ByLink(link) => Some(link),
    };
    if !password_links::spend_all(c, user, link, now())? && link.is_some() {
        return Err(ApiError::invalid("token", "this link was already used: sign in with your password"));
    }
    let mut user = users::lock(c, user)?;
    user.password_hash = hash;
    user.must_change_password = false;
    if let Saved::Stale(_) = save(c, &mut user)? {
        return Err(ApiError::Internal("a locked account changed".into()));
    }
    sessions::revoke_all_but(c, user.id, None)?;
    audit::record(
        c,
        audit::Entry {
            actor_id: Some(user.id),
            program_id: None,
            action: if link.is_some() { "user.password_set_by_link" } else { "user.password_changed" },
            entity: "user",
            entity_id: user.id.to_string(),
            before: None,
            after: None,
            confidential: false,
        },
    )?;
    start_session(c, state, &user)
}
