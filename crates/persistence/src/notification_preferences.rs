//! How each person wants each kind of notification emailed; no row is "immediately".

use crate::schema::notification_preferences as p;
use crate::{DbConnection, StoreError};
use coachfolio_domain::ids::UserId;
use coachfolio_domain::notification::{EmailTiming, NoticeKind};
use diesel::prelude::*;
use time::PrimitiveDateTime;

/// The person's choices other than "immediately".
pub fn of_user(c: &mut DbConnection, user: UserId) -> Result<Vec<(NoticeKind, EmailTiming)>, StoreError> {
    Ok(p::table.filter(p::user_id.eq(user)).select((p::kind, p::email)).load(c)?)
}

/// Sets the person's choice for each kind given, leaving the others as they are.
pub fn set(
    c: &mut DbConnection,
    user: UserId,
    choices: &[(NoticeKind, EmailTiming)],
    at: PrimitiveDateTime,
) -> Result<(), StoreError> {
    let kinds: Vec<NoticeKind> = choices.iter().map(|(k, _)| *k).collect();
    diesel::delete(p::table.filter(p::user_id.eq(user)).filter(p::kind.eq_any(&kinds))).execute(c)?;
    // Batch inserts do not build for the multi-backend connection: one row at a time.
    for (kind, timing) in choices.iter().filter(|(_, timing)| *timing != EmailTiming::Immediately) {
        diesel::insert_into(p::table)
            .values((p::user_id.eq(user), p::kind.eq(*kind), p::email.eq(*timing), p::updated_at.eq(at)))
            .execute(c)?;
    }
    Ok(())
}

/// Turns off the email of every kind the person has in the daily digest; which kinds.
pub fn digest_off(c: &mut DbConnection, user: UserId, at: PrimitiveDateTime) -> Result<usize, StoreError> {
    Ok(diesel::update(p::table.filter(p::user_id.eq(user)).filter(p::email.eq(EmailTiming::DailyDigest)))
        .set((p::email.eq(EmailTiming::Off), p::updated_at.eq(at)))
        .execute(c)?)
}
