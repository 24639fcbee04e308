//! Writes to the append-only audit trail, in the caller's transaction.

use crate::current_user::CurrentUser;
use crate::error::ApiError;
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::{audit as trail, DbConnection};
use serde::Serialize;

/// What a change was, for the trail.
pub(crate) struct Change<'a> {
    pub program_id: Option<ProgramId>,
    /// `entity.verb`, e.g. `cohort.updated`.
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: String,
    /// About a confidential record (`kernel::Record::CONFIDENTIAL`).
    pub confidential: bool,
}

/// Appends a change made by `actor`, with the record before and after where it has them.
pub(crate) fn record<B: Serialize, A: Serialize>(
    c: &mut DbConnection,
    actor: &CurrentUser,
    change: Change<'_>,
    before: Option<&B>,
    after: Option<&A>,
) -> Result<(), ApiError> {
    trail::record(
        c,
        trail::Entry {
            actor_id: Some(actor.id()),
            program_id: change.program_id,
            action: change.action,
            entity: change.entity,
            entity_id: change.entity_id,
            before: before.and_then(|b| serde_json::to_value(b).ok()),
            after: after.and_then(|a| serde_json::to_value(a).ok()),
            confidential: change.confidential,
        },
    )?;
    Ok(())
}
