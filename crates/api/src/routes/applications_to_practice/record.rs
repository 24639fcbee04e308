//! The Application to Practice as a record of the kernel.

use super::json::{ActionPlan, ApplicationToPractice, AtpActions, AtpChange};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission, Reach};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{Loaded, Moving, Record};
use coachfolio_domain::application_to_practice::AtpStep;
use coachfolio_domain::application_to_practice::{check_fields, AtpStatus};
use coachfolio_domain::ids::{AtpId, ProgramId};
use coachfolio_domain::reflection::Entries;
use coachfolio_domain::Invalid;
use coachfolio_persistence::applications_to_practice::{self as atps, AtpRow};
use coachfolio_persistence::{enrollments, reflections, users, DbConnection};
use serde_json::{json, Value};

/// The Application to Practice kind.
pub(crate) struct AtpRecord;

/// How the caller relates to the candidate, and the interim reflection's entries (the interim
/// scores).
pub(crate) struct AtpContext {
    pub access: EnrollmentAccess,
    pub interim: Entries,
}

impl Record for AtpRecord {
    type Row = AtpRow;
    type Context = AtpContext;
    type View = ApplicationToPractice;
    type Step = AtpStep;
    const ENTITY: &'static str = "application_to_practice";
    const CONFIDENTIAL: bool = true;

    fn program_id(row: &AtpRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(c: &mut DbConnection, row: &AtpRow, ctx: &AtpContext) -> Result<ApplicationToPractice, ApiError> {
        let content = &row.content.0;
        Ok(ApplicationToPractice {
            id: row.id.uuid(),
            enrollment_id: row.enrollment_id.uuid(),
            candidate: users::ref_of(c, row.candidate_id)?,
            reflection_id: row.reflection_id.uuid(),
            status: row.status,
            most_growth: content.most_growth.clone(),
            focus: content.focus.clone(),
            action_plans: content
                .action_plans
                .iter()
                .map(|p| ActionPlan {
                    interim_score: ctx.interim.get(&p.element).and_then(|e| e.rating),
                    plan: p.clone(),
                })
                .collect(),
            impact: content.impact.clone(),
            counts_for_pl: row.counts_for_pl,
            submitted_at: row.submitted_at.map(|t| t.assume_utc()),
            version: row.version,
            updated_at: row.updated_at.assume_utc(),
            can: AtpActions {
                edit: ctx.may_write(row).is_ok(),
                submit: ctx.may_write(row).is_ok(),
                comment: ctx.access.require(EnrollmentPermission::Comment).is_ok(),
            },
        })
    }

    /// Its status, never its text.
    fn audited(
        _: &ApplicationToPractice,
        after: &ApplicationToPractice,
        changed: &[&str],
    ) -> (Option<Value>, Option<Value>) {
        (None, Some(json!({"status": after.status, "version": after.version, "changed_fields": changed})))
    }

    /// Drafts' saves are the candidate's typing; the submission is recorded.
    fn audits_change(_: &AtpRow, step: &AtpStep) -> bool {
        *step != AtpStep::Edited
    }

    fn advance(row: &mut AtpRow, step: &AtpStep, m: &Moving<'_>) -> Result<Vec<&'static str>, ApiError> {
        row.status = row.status.after(*step).map_err(ApiError::status_refused)?;
        if *step == AtpStep::Edited {
            return Ok(Vec::new());
        }
        row.submitted_at = Some(m.at);
        Ok(vec!["status"])
    }
}

impl AtpContext {
    /// The candidate writes it until it is submitted.
    pub fn may_write(&self, row: &AtpRow) -> Result<(), ApiError> {
        self.may_start()?;
        if row.status == AtpStatus::Submitted {
            return Err(ApiError::conflict("status", "it is submitted"));
        }
        Ok(())
    }

    pub fn may_start(&self) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::WriteApplicationToPractice)
    }
}

/// Loads an Application to Practice for `me`; 404 out of scope. Readers are checked by the
/// handler (`require_confidential`).
pub(crate) fn load(c: &mut DbConnection, me: &CurrentUser, id: AtpId) -> Result<Loaded<AtpRecord>, ApiError> {
    let row = atps::find(c, id).or_not_found("Application to Practice")?;
    let enrollment = enrollments::find(c, row.enrollment_id)?;
    let access =
        EnrollmentAccess::load(c, me, &enrollment).map_err(|_| ApiError::not_found("Application to Practice"))?;
    if !Reach::load(c, me, access, row.enrollment_id)?.covers(&row) {
        return Err(ApiError::not_found("Application to Practice"));
    }
    let interim = reflections::find(c, row.reflection_id)?.entries.0;
    Ok(Loaded { row, context: AtpContext { access, interim } })
}

impl AtpChange {
    /// Applies the change; returns the names of the fields it changed.
    pub(crate) fn apply(self, row: &mut AtpRow) -> Result<Vec<&'static str>, ApiError> {
        let before = (row.content.0.clone(), row.counts_for_pl);
        let c = &mut row.content.0;
        if let Some(v) = self.most_growth {
            c.most_growth = v;
        }
        if let Some(v) = self.focus {
            c.focus = v;
        }
        if let Some(v) = self.action_plans {
            c.action_plans = v;
        }
        if let Some(v) = self.impact {
            c.impact = v;
        }
        if let Some(v) = self.counts_for_pl {
            row.counts_for_pl = v;
        }
        Invalid::check(check_fields(&row.content.0))?;
        let mut changed = Vec::new();
        if row.content.0 != before.0 {
            changed.push("content");
        }
        if row.counts_for_pl != before.1 {
            changed.push("counts_for_pl");
        }
        Ok(changed)
    }
}
