//! Comments on shared records, for every kind the same way: who may comment is the kind's rule
//! (the handler checks it); the body is checked, the comment stored and audited (that it was
//! written, never its text), and every read of the comments is audited like the record's.

use crate::audit;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::kernel::Record;
use crate::read_audit::ReadAudit;
use coachfolio_domain::user::{check_text, UserRef};
use coachfolio_domain::Invalid;
use coachfolio_persistence::comments::{self, CommentRow};
use coachfolio_persistence::{users, DbConnection, Versioned};
use serde_json::json;

/// A comment's body, trimmed; 422 naming `body` when empty or too long.
pub(crate) fn checked_body(body: &str) -> Result<String, ApiError> {
    let body = body.trim().to_string();
    let mut errors = Vec::new();
    check_text("body", &body, 5000, &mut errors);
    Invalid::check(errors)?;
    Ok(body)
}

/// Stores `me`'s comment on `row` (on `part` of it, or the whole) and audits it.
pub(crate) fn add<K: Record>(
    c: &mut DbConnection,
    me: &CurrentUser,
    row: &K::Row,
    part: Option<String>,
    body: String,
) -> Result<(CommentRow, UserRef), ApiError> {
    let record_id = row.id().to_string();
    let comment = CommentRow::new(K::ENTITY, record_id.clone(), part, me.id(), body);
    comments::add(c, &comment)?;
    let change = audit::Change {
        program_id: K::program_id(row),
        action: &format!("{}.commented", K::ENTITY),
        entity: K::ENTITY,
        entity_id: record_id,
        confidential: K::CONFIDENTIAL,
    };
    audit::record(c, me, change, None::<&()>, Some(&json!({"comment_id": comment.id, "part": comment.part})))?;
    Ok((comment, users::ref_of(c, me.id())?))
}

/// `row`'s comments, oldest first, with their authors; the read is audited.
pub(crate) fn of<K: Record>(
    c: &mut DbConnection,
    me: &CurrentUser,
    reads: &ReadAudit,
    row: &K::Row,
) -> Result<Vec<(CommentRow, UserRef)>, ApiError> {
    let record_id = row.id().to_string();
    if let Some(program_id) = K::program_id(row) {
        reads.read(me.id(), &format!("{}_comment", K::ENTITY), [(program_id, record_id.clone())]);
    }
    Ok(comments::of(c, K::ENTITY, &record_id)?)
}
