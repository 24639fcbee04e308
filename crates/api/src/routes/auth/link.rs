//! Finding the account a password link is for, while the link still works.

use crate::auth::tokens::hash_secret;
use crate::error::ApiError;
use coachfolio_domain::password_link::usable;
use coachfolio_domain::user::UserStatus;
use coachfolio_persistence::password_links::{self, PasswordLinkRow};
use coachfolio_persistence::users::UserRow;
use coachfolio_persistence::{now, DbConnection};

/// The link with this secret and its account, if it still sets a password: unused, not expired,
/// its account active. Otherwise one answer for all (422 naming `token`).
pub(super) fn usable_link(c: &mut DbConnection, token: &str) -> Result<(PasswordLinkRow, UserRow), ApiError> {
    password_links::find(c, &hash_secret(token))?
        .filter(|(link, user)| {
            usable(link.purpose, link.created_at, link.used_at, now()) && user.status == UserStatus::Active
        })
        .ok_or_else(|| {
            ApiError::invalid(
                "token",
                "this link has expired or was already used: ask for a new one from the sign-in page",
            )
        })
}
