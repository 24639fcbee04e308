//! Comments on shared records (an ILP and its action steps, an Application to Practice and its
//! focus elements), of every kind in one table, as revisions are.

use crate::schema::{comments, users};
use crate::users::{user_ref, RefTuple, REF_COLUMNS};
use crate::StoreError;
use coachfolio_domain::ids::{CommentId, UserId};
use coachfolio_domain::user::UserRef;
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = comments)]
pub struct CommentRow {
    pub id: CommentId,
    /// The audit trail's entity name of the record ("ilp").
    pub record_kind: String,
    pub record_id: String,
    /// The part commented on (an action step's id, a focus element's code); `None`: the whole.
    pub part: Option<String>,
    pub author_id: UserId,
    pub body: String,
    pub created_at: PrimitiveDateTime,
}

impl CommentRow {
    pub fn new(
        record_kind: &str,
        record_id: String,
        part: Option<String>,
        author_id: UserId,
        body: String,
    ) -> CommentRow {
        CommentRow {
            id: CommentId::new(),
            record_kind: record_kind.into(),
            record_id,
            part,
            author_id,
            body,
            created_at: crate::now(),
        }
    }
}

pub fn add(c: &mut crate::DbConnection, row: &CommentRow) -> Result<(), StoreError> {
    diesel::insert_into(comments::table).values(row).execute(c)?;
    Ok(())
}

/// A record's comments, oldest first, with their authors.
pub fn of(c: &mut crate::DbConnection, kind: &str, record_id: &str) -> Result<Vec<(CommentRow, UserRef)>, StoreError> {
    let rows: Vec<(CommentRow, RefTuple)> = comments::table
        .inner_join(users::table)
        .filter(comments::record_kind.eq(kind))
        .filter(comments::record_id.eq(record_id))
        .order((comments::created_at, comments::id))
        .select((CommentRow::as_select(), REF_COLUMNS))
        .load(c)?;
    Ok(rows.into_iter().map(|(r, u)| (r, user_ref(u))).collect())
}

/// Deletes a record's comments (with a discarded draft).
pub fn delete_of(c: &mut crate::DbConnection, kind: &str, record_id: &str) -> Result<(), StoreError> {
    diesel::delete(comments::table.filter(comments::record_kind.eq(kind)).filter(comments::record_id.eq(record_id)))
        .execute(c)?;
    Ok(())
}
