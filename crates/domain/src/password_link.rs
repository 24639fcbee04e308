//! Links to set a password, sent by email: an invitation to a new account, or a reset for
//! someone who forgot theirs. Each is single-use and expires; asking for resets is limited per
//! address so nobody can flood someone's mailbox.

use crate::text_enum::text_enum;
use time::{Duration, PrimitiveDateTime};

text_enum! {
    /// Why a password link was sent.
    LinkPurpose {
        /// A new account: the person chooses their first password.
        Invitation = "invitation",
        /// A forgotten password.
        Reset = "reset",
    }
}

impl LinkPurpose {
    /// How long a link stays usable: a week to accept an invitation (it may arrive on a
    /// Friday), an hour for a reset (asked for by someone waiting at the sign-in page).
    pub fn lifetime(self) -> Duration {
        match self {
            LinkPurpose::Invitation => Duration::days(7),
            LinkPurpose::Reset => Duration::hours(1),
        }
    }
}

/// Resets sent to one account within [`RESET_WINDOW`] before further asks are ignored (with
/// the same answer, so the limit tells nothing about the account).
pub const RESETS_PER_WINDOW: i64 = 3;
pub const RESET_WINDOW: Duration = Duration::hours(1);

/// Whether a link made at `created_at` for `purpose`, used at `used_at`, still sets a
/// password at `now`.
pub fn usable(
    purpose: LinkPurpose,
    created_at: PrimitiveDateTime,
    used_at: Option<PrimitiveDateTime>,
    now: PrimitiveDateTime,
) -> bool {
    used_at.is_none() && now < created_at + purpose.lifetime()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const MADE: PrimitiveDateTime = datetime!(2026-12-04 16:30);

    #[test]
    fn an_invitation_lasts_a_week_and_a_reset_an_hour() {
        let invitation = LinkPurpose::Invitation;
        assert!(usable(invitation, MADE, None, MADE + Duration::days(7) - Duration::seconds(1)));
        assert!(!usable(invitation, MADE, None, MADE + Duration::days(7)));
        assert!(usable(LinkPurpose::Reset, MADE, None, MADE + Duration::minutes(59)));
        assert!(!usable(LinkPurpose::Reset, MADE, None, MADE + Duration::minutes(60)));
    }

    #[test]
    fn a_link_sets_a_password_once() {
        assert!(!usable(LinkPurpose::Invitation, MADE, Some(MADE + Duration::minutes(5)), MADE + Duration::minutes(6)));
    }
}
