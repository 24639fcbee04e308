//! The follow-up as a record of the kernel.

use super::json::{FollowUp, FollowUpActions};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{Loaded, Moving, Record};
use crate::notify::Notice;
use crate::people::person;
use coachfolio_domain::follow_up::{FollowUpStatus, FollowUpStep};
use coachfolio_domain::ids::{FollowUpId, ProgramId};
use coachfolio_domain::notification::NoticeKind;
use coachfolio_persistence::follow_ups::{self, FollowUpRow};
use coachfolio_persistence::{enrollments, users, DbConnection};
use serde_json::{json, Value};

pub(crate) struct FollowUpRecord;

impl Record for FollowUpRecord {
    type Row = FollowUpRow;
    type Context = EnrollmentAccess;
    type View = FollowUp;
    type Step = FollowUpStep;
    const ENTITY: &'static str = "follow_up";

    fn program_id(row: &FollowUpRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(c: &mut DbConnection, row: &FollowUpRow, access: &EnrollmentAccess) -> Result<FollowUp, ApiError> {
        Ok(views(c, std::slice::from_ref(row), *access)?.remove(0))
    }

    /// What it is about and where it stands; never the message.
    fn audited(_: &FollowUp, after: &FollowUp, _: &[&str]) -> (Option<Value>, Option<Value>) {
        (None, Some(json!({"flags": after.flags, "status": after.status, "version": after.version})))
    }

    fn advance(row: &mut FollowUpRow, step: &FollowUpStep, m: &Moving<'_>) -> Result<Vec<&'static str>, ApiError> {
        row.status = row.status.after(*step).map_err(ApiError::status_refused)?;
        if row.status == FollowUpStatus::Resolved {
            (row.resolved_by, row.resolved_at) = (Some(m.by), Some(m.at));
        } else {
            (row.resolved_by, row.resolved_at, row.resolution) = (None, None, None);
        }
        Ok(vec!["status"])
    }

    /// The candidate gets the message (theirs to read: it is about their own progress).
    fn created_notices(_: &mut DbConnection, row: &FollowUpRow, _: &EnrollmentAccess) -> Result<Vec<Notice>, ApiError> {
        Ok(vec![Notice {
            to: row.candidate_id,
            program_id: row.program_id,
            kind: NoticeKind::FollowUp,
            title: "A message from your program coordinator".into(),
            body: row.message.clone(),
            link: format!("/enrollments/{}/follow-ups", row.enrollment_id),
        }])
    }
}

/// These follow-ups (of one enrollment) as `access` sees them, with the people named once.
pub(crate) fn views(
    c: &mut DbConnection,
    rows: &[FollowUpRow],
    access: EnrollmentAccess,
) -> Result<Vec<FollowUp>, ApiError> {
    let mut ids: Vec<_> =
        rows.iter().flat_map(|r| [Some(r.candidate_id), Some(r.created_by), r.resolved_by]).flatten().collect();
    ids.sort_unstable();
    ids.dedup();
    let people = users::refs(c, &ids)?;
    let handles = access.allows(EnrollmentPermission::FollowUp);
    rows.iter()
        .map(|r| {
            Ok(FollowUp {
                id: r.id.uuid(),
                enrollment_id: r.enrollment_id.uuid(),
                candidate: person(&people, r.candidate_id)?,
                flags: r.flags.0.clone(),
                message: r.message.clone(),
                status: r.status,
                created_by: person(&people, r.created_by)?,
                created_at: r.created_at.assume_utc(),
                resolved_by: r.resolved_by.map(|u| person(&people, u)).transpose()?,
                resolved_at: r.resolved_at.map(|t| t.assume_utc()),
                resolution: r.resolution.clone(),
                version: r.version,
                can: FollowUpActions {
                    resolve: handles && r.status == FollowUpStatus::Open,
                    reopen: handles && r.status == FollowUpStatus::Resolved,
                },
            })
        })
        .collect()
}

/// Loads a follow-up for someone who may handle it; 404 for anyone who may not read it.
pub(crate) fn load(c: &mut DbConnection, me: &CurrentUser, id: FollowUpId) -> Result<Loaded<FollowUpRecord>, ApiError> {
    let row = follow_ups::find(c, id).or_not_found("follow-up")?;
    let enrollment = enrollments::find(c, row.enrollment_id)?;
    let access = EnrollmentAccess::load(c, me, &enrollment).map_err(|_| ApiError::not_found("follow-up"))?;
    if !access.allows(EnrollmentPermission::ReadFollowUps) {
        return Err(ApiError::not_found("follow-up"));
    }
    access.require(EnrollmentPermission::FollowUp)?;
    Ok(Loaded { row, context: access })
}
