//! Earlier versions of records, kept by the API's record kernel for every kind of record that
//! keeps its history (a signed coaching log, and the kinds to come): who changed it, when,
//! which fields, and the record as it read before.

use crate::schema::revisions;
use crate::sql_types::Json;
use crate::StoreError;
use coachfolio_domain::ids::{RevisionId, UserId};
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = revisions)]
pub struct RevisionRow {
    pub id: RevisionId,
    /// The audit trail's entity name of the record ("coaching_log").
    pub record_kind: String,
    pub record_id: String,
    /// The version this revision replaced.
    pub version: i32,
    pub at: PrimitiveDateTime,
    pub by_id: UserId,
    pub action: String,
    pub changed_fields: Json<Vec<String>>,
    /// The record as it was, as the API showed it.
    pub before_json: Json<serde_json::Value>,
}

pub fn add(c: &mut crate::DbConnection, row: &RevisionRow) -> Result<(), StoreError> {
    diesel::insert_into(revisions::table).values(row).execute(c)?;
    Ok(())
}

/// A record's revisions, newest first.
pub fn of(c: &mut crate::DbConnection, kind: &str, record_id: &str) -> Result<Vec<RevisionRow>, StoreError> {
    Ok(revisions::table
        .filter(revisions::record_kind.eq(kind))
        .filter(revisions::record_id.eq(record_id))
        .order(revisions::version.desc())
        .select(RevisionRow::as_select())
        .load(c)?)
}
