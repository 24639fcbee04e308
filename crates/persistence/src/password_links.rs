//! Single-use links to set a password (invitations and resets), kept as the hash of their
//! secret.

use crate::schema::{password_links as l, users};
use crate::users::UserRow;
use crate::{DbConnection, StoreError};
use coachfolio_domain::ids::{PasswordLinkId, UserId};
use coachfolio_domain::password_link::LinkPurpose;
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = l)]
pub struct PasswordLinkRow {
    pub id: PasswordLinkId,
    pub user_id: UserId,
    pub purpose: LinkPurpose,
    pub token_hash: String,
    pub created_at: PrimitiveDateTime,
    pub used_at: Option<PrimitiveDateTime>,
}

pub fn insert(c: &mut DbConnection, row: &PasswordLinkRow) -> Result<(), StoreError> {
    diesel::insert_into(l::table).values(row).execute(c)?;
    Ok(())
}

/// The link with this hash and its account.
pub fn find(c: &mut DbConnection, token_hash: &str) -> Result<Option<(PasswordLinkRow, UserRow)>, StoreError> {
    Ok(l::table
        .inner_join(users::table)
        .filter(l::token_hash.eq(token_hash))
        .select((PasswordLinkRow::as_select(), UserRow::as_select()))
        .get_result(c)
        .optional()?)
}

/// Spends `link` and every other unused link of `user` (the password was set; a link sent
/// before must not set it again); whether `link` was still unused, so two uses of one link at
/// once set the password only once (on PostgreSQL the second waits for the first's row lock,
/// then finds it spent).
pub fn spend_all(
    c: &mut DbConnection,
    user: UserId,
    link: Option<PasswordLinkId>,
    at: PrimitiveDateTime,
) -> Result<bool, StoreError> {
    let won = match link {
        Some(link) => {
            diesel::update(l::table.find(link).filter(l::used_at.is_null())).set(l::used_at.eq(at)).execute(c)? == 1
        }
        None => false,
    };
    diesel::update(l::table.filter(l::user_id.eq(user)).filter(l::used_at.is_null()))
        .set(l::used_at.eq(at))
        .execute(c)?;
    Ok(won)
}

/// How many links for `purpose` were made for `user` since `since`.
pub fn made_since(
    c: &mut DbConnection,
    user: UserId,
    purpose: LinkPurpose,
    since: PrimitiveDateTime,
) -> Result<i64, StoreError> {
    Ok(l::table
        .filter(l::user_id.eq(user))
        .filter(l::purpose.eq(purpose))
        .filter(l::created_at.ge(since))
        .count()
        .get_result(c)?)
}
