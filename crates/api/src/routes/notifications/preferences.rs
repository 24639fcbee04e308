//! A person's email choices, as the handlers answer them.

use super::json::{Preference, Preferences};
use crate::error::ApiError;
use coachfolio_domain::ids::UserId;
use coachfolio_domain::notification::{EmailTiming, NoticeKind};
use coachfolio_persistence::{notification_preferences, DbConnection};

/// The person's choice for every kind they may choose for, "immediately" where they chose none.
pub(super) fn of(c: &mut DbConnection, user: UserId) -> Result<Preferences, ApiError> {
    let chosen = notification_preferences::of_user(c, user)?;
    Ok(Preferences {
        items: NoticeKind::ALL
            .iter()
            .filter(|k| !k.carries_secret())
            .map(|&kind| Preference {
                kind,
                email: chosen.iter().find(|(k, _)| *k == kind).map_or(EmailTiming::Immediately, |(_, t)| *t),
            })
            .collect(),
    })
}
