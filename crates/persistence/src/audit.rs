//! The append-only audit trail: every write, and every read of a confidential record.

use crate::schema::{audit_events, users};
use crate::users::{user_ref, RefTuple, REF_COLUMNS};
use crate::{now, Json, StoreError};
use coachfolio_domain::ids::{AuditEventId, ProgramId, UserId};
use coachfolio_domain::user::UserRef;
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = audit_events, treat_none_as_default_value = false)]
pub struct AuditRow {
    pub id: AuditEventId,
    pub at: PrimitiveDateTime,
    pub actor_id: Option<UserId>,
    pub program_id: Option<ProgramId>,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub before_json: Option<Json<serde_json::Value>>,
    pub after_json: Option<Json<serde_json::Value>>,
    /// About a confidential record: read only by those who may read the record's kind.
    pub confidential: bool,
}

/// What happened, to record.
pub struct Entry<'a> {
    pub actor_id: Option<UserId>,
    pub program_id: Option<ProgramId>,
    pub action: &'a str,
    pub entity: &'a str,
    /// Any record's id, as text.
    pub entity_id: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    /// About a confidential record (see [`AuditRow::confidential`]).
    pub confidential: bool,
}

pub fn record(c: &mut crate::DbConnection, e: Entry<'_>) -> Result<(), StoreError> {
    insert(c, &[row(e)])
}

/// An audit entry with who made it.
pub type AuditLine = (AuditRow, Option<UserRef>);

/// A page of a program's audit trail, newest first, with who did it; the entries about
/// confidential records only `with_confidential`.
pub fn list(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    with_confidential: bool,
    offset: i64,
    limit: i64,
) -> Result<(Vec<AuditLine>, i64), StoreError> {
    // Both readers' queries: `confidential IN (FALSE)` or `IN (FALSE, TRUE)`.
    let shown: &[bool] = if with_confidential { &[false, true] } else { &[false] };
    let total = audit_events::table
        .filter(audit_events::program_id.eq(program_id))
        .filter(audit_events::confidential.eq_any(shown))
        .count()
        .get_result(c)?;
    let rows: Vec<(AuditRow, Option<RefTuple>)> = audit_events::table
        .left_join(users::table)
        .filter(audit_events::program_id.eq(program_id))
        .filter(audit_events::confidential.eq_any(shown))
        .order((audit_events::at.desc(), audit_events::id))
        .offset(offset)
        .limit(limit)
        .select((AuditRow::as_select(), REF_COLUMNS.nullable()))
        .load(c)?;
    Ok((rows.into_iter().map(|(a, u)| (a, u.map(user_ref))).collect(), total))
}

/// The row an entry becomes, stamped now.
pub fn row(e: Entry<'_>) -> AuditRow {
    AuditRow {
        id: AuditEventId::new(),
        at: now(),
        actor_id: e.actor_id,
        program_id: e.program_id,
        action: e.action.to_string(),
        entity: e.entity.to_string(),
        entity_id: e.entity_id,
        before_json: e.before.map(Json),
        after_json: e.after.map(Json),
        confidential: e.confidential,
    }
}

/// Stores rows built earlier (reads recorded in batches).
pub fn insert(c: &mut crate::DbConnection, rows: &[AuditRow]) -> Result<(), StoreError> {
    crate::insert_rows!(c, audit_events::table, rows)?;
    Ok(())
}
