//! A person's email choices, as the handlers answer them.

use super::json::{DigestTime, Preference, Preferences};
use crate::error::ApiError;
use coachfolio_domain::ids::UserId;
use coachfolio_domain::notification::{EmailTiming, NoticeKind};
use coachfolio_persistence::{memberships, notification_preferences, programs, DbConnection};

/// The person's choice for every kind they may choose for, "immediately" where they chose none,
/// and the digest hours of the programs they have a role in.
pub(super) fn of(c: &mut DbConnection, user: UserId) -> Result<Preferences, ApiError> {
    let chosen = notification_preferences::of_user(c, user)?;
    let mut ids: Vec<_> = memberships::of_user(c, user)?.into_iter().map(|(m, _)| m.program_id).collect();
    ids.sort();
    ids.dedup();
    let digests = programs::list(c, Some(&ids))?
        .into_iter()
        .map(|p| DigestTime {
            program_id: p.id.uuid(),
            program_name: p.name,
            hour: p.settings.0.digest_hour,
            time_zone: p.time_zone,
        })
        .collect();
    Ok(Preferences {
        digests,
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
