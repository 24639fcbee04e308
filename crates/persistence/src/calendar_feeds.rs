//! Private calendar feeds: one per person, found by the hash of its secret.

use crate::schema::calendar_feeds as feeds;
use crate::StoreError;
use coachfolio_domain::ids::UserId;
use diesel::prelude::*;
use time::PrimitiveDateTime;

/// Gives `user` a feed with this secret hash, replacing (revoking) any earlier one.
pub fn replace(c: &mut crate::DbConnection, user: UserId, secret_hash: &str) -> Result<(), StoreError> {
    revoke(c, user)?;
    diesel::insert_into(feeds::table)
        .values((feeds::user_id.eq(user), feeds::secret_hash.eq(secret_hash), feeds::created_at.eq(crate::now())))
        .execute(c)?;
    Ok(())
}

pub fn revoke(c: &mut crate::DbConnection, user: UserId) -> Result<(), StoreError> {
    diesel::delete(feeds::table.find(user)).execute(c)?;
    Ok(())
}

/// When `user`'s feed was made, if they have one.
pub fn created_at(c: &mut crate::DbConnection, user: UserId) -> Result<Option<PrimitiveDateTime>, StoreError> {
    Ok(feeds::table.find(user).select(feeds::created_at).get_result(c).optional()?)
}

/// Whose feed has this secret hash.
pub fn owner(c: &mut crate::DbConnection, secret_hash: &str) -> Result<Option<UserId>, StoreError> {
    Ok(feeds::table.filter(feeds::secret_hash.eq(secret_hash)).select(feeds::user_id).get_result(c).optional()?)
}
