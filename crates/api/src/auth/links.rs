//! Password links by email: an invitation to a new account, a reset of a forgotten password.
//! The link's secret is made here, its hash kept (`password_links`), and the email written to
//! the notifications outbox in the same transaction; the outbox forgets the link once the
//! email is settled, and the app never lists it.

use crate::auth::tokens;
use crate::error::ApiError;
use coachfolio_domain::ids::PasswordLinkId;
use coachfolio_domain::notification::NoticeKind;
use coachfolio_domain::password_link::LinkPurpose;
use coachfolio_persistence::notifications::{self, NotificationRow};
use coachfolio_persistence::password_links::{self, PasswordLinkRow};
use coachfolio_persistence::users::UserRow;
use coachfolio_persistence::{now, DbConnection};

/// The web app's page a link opens, with the secret after `?token=`.
pub const PAGE: &str = "/set-password";

/// Makes a `purpose` link for `user` and puts its email in the outbox.
pub(crate) fn send(c: &mut DbConnection, user: &UserRow, purpose: LinkPurpose) -> Result<(), ApiError> {
    let (token, token_hash) = tokens::new_secret();
    let at = now();
    password_links::insert(
        c,
        &PasswordLinkRow {
            id: PasswordLinkId::new(),
            user_id: user.id,
            purpose,
            token_hash,
            created_at: at,
            used_at: None,
        },
    )?;
    let (kind, title, body) = match purpose {
        LinkPurpose::Invitation => (
            NoticeKind::Invitation,
            "Your Coachfolio account is ready".to_string(),
            format!(
                "An account was made for you; your username is {}. Choose your password with the link below: it works once, for 7 days.",
                user.username
            ),
        ),
        LinkPurpose::Reset => (
            NoticeKind::PasswordReset,
            "Choose a new password".to_string(),
            format!(
                "Someone asked for a new password for the account {}. The link below works once, for an hour. If it was not you, ignore this email: your password stays as it is.",
                user.username
            ),
        ),
    };
    let link = format!("{PAGE}?token={token}");
    notifications::insert(c, &[NotificationRow::new(user.id, None, kind, title, body, link)])?;
    Ok(())
}
