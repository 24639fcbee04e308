//! The reflection as a record of the kernel: loading it for a caller, what they may do with it,
//! its due date, and how it is shown and audited. Confidential like a coaching log.

use super::json::{Reflection, ReflectionActions, TermStatus};
use crate::capabilities::{Caller, EnrollmentAccess, EnrollmentPermission, EnrollmentScope, Reach};
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{Loaded, Moving, Record};
use crate::routes::meeting_counts::counts::ProgramEvents;
use coachfolio_domain::ids::{EnrollmentId, ProgramId, ReflectionId, UserId};
use coachfolio_domain::reflection::{self, ReflectionStatus, ReflectionStep, Term};
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::reflections::{self, ReflectionRow};
use coachfolio_persistence::{users, DbConnection};
use serde_json::{json, Value};
use std::sync::Arc;
use time::{Date, PrimitiveDateTime};

/// The reflection kind.
pub(crate) struct ReflectionRecord;

/// What a reflection is shown with: who asks and how they relate to the candidate, the
/// program's date today, and the ending term's due date once asked for (it needs the
/// candidate's last end-of-year meeting: read only for the views that show it).
pub(crate) struct ReflectionContext {
    pub me: UserId,
    /// The caller as shown beside records (the candidate saving their own reflection is named
    /// without a query).
    pub me_ref: UserRef,
    pub access: EnrollmentAccess,
    /// The enrollment, its cohort and program, as the access was decided on.
    pub scope: Arc<EnrollmentScope>,
    pub ending_due: std::cell::OnceCell<Date>,
    pub today: Date,
}

impl Record for ReflectionRecord {
    type Row = ReflectionRow;
    type Context = ReflectionContext;
    type View = Reflection;
    type Step = ReflectionStep;
    const ENTITY: &'static str = "reflection";
    const CONFIDENTIAL: bool = true;

    fn program_id(row: &ReflectionRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(c: &mut DbConnection, row: &ReflectionRow, ctx: &ReflectionContext) -> Result<Reflection, ApiError> {
        let ids: Vec<UserId> = [Some(row.candidate_id), row.reopened_by].into_iter().flatten().collect();
        let people = if ids.iter().all(|id| *id == ctx.me) { vec![ctx.me_ref.clone()] } else { users::refs(c, &ids)? };
        let person = |id: UserId| people.iter().find(|u| u.id == id.uuid()).cloned();
        let (complete, percent) = reflection::completion(&row.entries);
        Ok(Reflection {
            id: row.id.uuid(),
            program_id: row.program_id.uuid(),
            enrollment_id: row.enrollment_id.uuid(),
            candidate: person(row.candidate_id).ok_or_else(|| ApiError::Internal("candidate missing".into()))?,
            term: row.term,
            status: row.status,
            entries: row.entries.0.clone(),
            complete_elements: complete,
            element_count: reflection::element_count() as u32,
            percent_complete: percent,
            meets_elements: reflection::at_or_above_meets(&row.entries),
            due_date: ctx.due_of(c, row.term)?,
            submitted_at: row.submitted_at.map(|t| t.assume_utc()),
            reopened_at: row.reopened_at.map(|t| t.assume_utc()),
            reopened_by: row.reopened_by.and_then(person),
            reopen_reason: row.reopen_reason.clone(),
            version: row.version,
            updated_at: row.updated_at.assume_utc(),
            can: ctx.can(row),
        })
    }

    /// The status and counts, never the candidate's evidence.
    fn audited(_: &Reflection, after: &Reflection, changed: &[&str]) -> (Option<Value>, Option<Value>) {
        let after = json!({"term": after.term, "status": after.status, "percent_complete": after.percent_complete,
            "version": after.version, "changed_fields": changed});
        (None, Some(after))
    }

    /// A reopened reflection keeps what was submitted.
    fn keeps_revision(_: &ReflectionRow, _: &ReflectionRow, step: &ReflectionStep) -> bool {
        *step == ReflectionStep::Reopened
    }

    /// Submitted (stamped), or reopened by a coordinator with the reason they gave.
    fn advance(row: &mut ReflectionRow, step: &ReflectionStep, m: &Moving<'_>) -> Result<Vec<&'static str>, ApiError> {
        row.status = row.status.after(*step).map_err(ApiError::status_refused)?;
        Ok(match step {
            ReflectionStep::Edited => Vec::new(),
            ReflectionStep::Submitted => {
                row.submitted_at = Some(m.at);
                vec!["status"]
            }
            ReflectionStep::Reopened => {
                (row.reopened_at, row.reopened_by, row.reopen_reason) =
                    (Some(m.at), Some(m.by), m.note.map(Into::into));
                vec!["status", "reopen_reason"]
            }
        })
    }

    /// Autosaves are the candidate's typing; submitting and reopening are recorded.
    fn audits_change(_: &ReflectionRow, step: &ReflectionStep) -> bool {
        *step != ReflectionStep::Edited
    }
}

impl ReflectionContext {
    /// The context of an enrollment's reflections for `me`, with their access kept across
    /// requests (`Caller::scope`): 404 when out of scope.
    pub fn load(c: &mut DbConnection, me: &Caller, enrollment: EnrollmentId) -> Result<Self, ApiError> {
        let scope = me.scope(c, enrollment)?;
        let today = crate::clock::today_in(&scope.program.time_zone);
        let ending_due = std::cell::OnceCell::new();
        Ok(ReflectionContext { me: me.id(), me_ref: me.user.to_ref(), access: scope.access, scope, ending_due, today })
    }

    /// When `term` is due for this candidate.
    pub fn due_of(&self, c: &mut DbConnection, term: Term) -> Result<Date, ApiError> {
        let (e, cohort, program) = (&self.scope.enrollment, &self.scope.cohort, &self.scope.program);
        let years = cohort.program_years.max(1) as u32;
        let due = |last_meeting| reflection::due_date(term, cohort.start_date, years, &program.settings, last_meeting);
        if term != Term::Ending {
            return Ok(due(None));
        }
        if let Some(d) = self.ending_due.get() {
            return Ok(*d);
        }
        let placement = (e.cohort_id, e.district_id);
        let last = ProgramEvents::last_end_of_year(c, e.program_id, placement, cohort.start_date, years)?;
        Ok(*self.ending_due.get_or_init(|| due(last)))
    }

    /// The candidate writes their own reflection, until it is submitted.
    pub fn may_write(&self, row: &ReflectionRow) -> Result<(), ApiError> {
        self.may_start()?;
        if row.status == ReflectionStatus::Submitted {
            return Err(ApiError::conflict("status", "it is submitted and read-only until a coordinator reopens it"));
        }
        Ok(())
    }

    pub fn may_start(&self) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::WriteReflection)
    }

    /// A coordinator reopens a submitted reflection.
    pub fn may_reopen(&self, row: &ReflectionRow) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::ReopenReflection)?;
        if row.status != ReflectionStatus::Submitted {
            return Err(ApiError::conflict("status", "only a submitted reflection is reopened"));
        }
        Ok(())
    }

    pub fn can(&self, row: &ReflectionRow) -> ReflectionActions {
        let write = self.may_write(row).is_ok();
        ReflectionActions { edit: write, submit: write, reopen: self.may_reopen(row).is_ok() }
    }

    /// Each term's status for this enrollment, without text.
    pub fn terms(&self, c: &mut DbConnection, rows: &[ReflectionRow]) -> Result<Vec<TermStatus>, ApiError> {
        Term::ALL
            .iter()
            .map(|t| {
                let row = rows.iter().find(|r| r.term == *t);
                let mut status = term_status(
                    *t,
                    self.due_of(c, *t)?,
                    self.today,
                    row.map(|r| (r.status, r.complete_elements, r.submitted_at)),
                );
                status.reflection_id = row.map(|r| r.id.uuid());
                Ok(status)
            })
            .collect()
    }
}

/// Where a candidate stands on a term, from its status, complete elements and submission
/// (none: not started).
pub(crate) fn term_status(
    term: Term,
    due: Date,
    today: Date,
    started: Option<(ReflectionStatus, i32, Option<PrimitiveDateTime>)>,
) -> TermStatus {
    let element_count = reflection::element_count() as u32;
    let submitted = started.is_some_and(|(s, _, _)| s == ReflectionStatus::Submitted);
    TermStatus {
        term,
        reflection_id: None,
        status: started.map(|(s, _, _)| s.as_str()).unwrap_or("not_started").into(),
        percent_complete: started.map(|(_, done, _)| done.max(0) as u32 * 100 / element_count).unwrap_or(0),
        due_date: due,
        overdue: !submitted && today > due,
        submitted_at: started.and_then(|(_, _, at)| at).map(|t| t.assume_utc()),
    }
}

/// Loads a reflection for `me`; 404 when out of their scope. Readers are checked by the
/// handler (`require_confidential`).
pub(crate) fn load(c: &mut DbConnection, me: &Caller, id: ReflectionId) -> Result<Loaded<ReflectionRecord>, ApiError> {
    let row = reflections::find(c, id).or_not_found("reflection")?;
    let context = ReflectionContext::load(c, me, row.enrollment_id).map_err(|_| ApiError::not_found("reflection"))?;
    if !Reach::load(c, me, context.access, row.enrollment_id)?.covers(&row) {
        return Err(ApiError::not_found("reflection"));
    }
    Ok(Loaded { row, context })
}
