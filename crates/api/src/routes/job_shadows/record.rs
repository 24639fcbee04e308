//! The job shadow or visit as a record of the kernel. Its text is confidential like the
//! candidate's other reflections; whether the requirement is met is not.

use super::json::{Experience, ExperienceActions};
use crate::attachable::{Attachable, Support};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission, Reach};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{Loaded, Moving, Record};
use crate::routes::documents::json::AttachedDocument;
use coachfolio_domain::ids::{ExperienceId, ProgramId};
use coachfolio_domain::job_shadow::ExperienceStep;
use coachfolio_domain::job_shadow::{check_fields, ExperienceForm, ExperienceKind, ExperienceStatus};
use coachfolio_domain::user::UserRef;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::documents::DocumentForm;
use coachfolio_persistence::documents::{self, AttachedTo, DocumentRow};
use coachfolio_persistence::enrollments::{self, EnrollmentRow};
use coachfolio_persistence::job_shadows::{self, ExperienceRow};
use coachfolio_persistence::Found;
use coachfolio_persistence::{programs, users, DbConnection};
use serde_json::{json, Value};
use time::Date;

pub(crate) struct ExperienceRecord;

/// How the caller relates to the candidate, the program's minimum for a job shadow and date.
pub(crate) struct ExperienceContext {
    pub access: EnrollmentAccess,
    pub enrollment: EnrollmentRow,
    pub min_minutes: u32,
    pub today: Date,
}

impl Record for ExperienceRecord {
    type Row = ExperienceRow;
    type Context = ExperienceContext;
    type View = Experience;
    type Step = ExperienceStep;
    const ENTITY: &'static str = "job_shadow_or_visit";
    const CONFIDENTIAL: bool = true;

    fn program_id(row: &ExperienceRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(c: &mut DbConnection, row: &ExperienceRow, ctx: &ExperienceContext) -> Result<Experience, ApiError> {
        let docs = documents::attached_to(c, AttachedTo::Experience(&[row.id]))?;
        Ok(to_json(row, &docs, users::ref_of(c, row.candidate_id)?, ctx))
    }

    /// Its kind and status, never its text.
    fn audited(_: &Experience, after: &Experience, changed: &[&str]) -> (Option<Value>, Option<Value>) {
        (
            None,
            Some(
                json!({"kind": after.kind, "status": after.status, "version": after.version, "changed_fields": changed}),
            ),
        )
    }

    fn audits_change(_: &ExperienceRow, step: &ExperienceStep) -> bool {
        *step != ExperienceStep::Edited
    }

    fn advance(row: &mut ExperienceRow, step: &ExperienceStep, m: &Moving<'_>) -> Result<Vec<&'static str>, ApiError> {
        row.status = row.status.after(*step).map_err(ApiError::status_refused)?;
        if *step == ExperienceStep::Edited {
            return Ok(Vec::new());
        }
        row.submitted_at = Some(m.at);
        Ok(vec!["status"])
    }
}

/// A job shadow or visit as the caller sees it, given the documents loaded with it.
pub(crate) fn to_json(
    row: &ExperienceRow,
    docs: &[DocumentRow],
    candidate: UserRef,
    ctx: &ExperienceContext,
) -> Experience {
    Experience {
        id: row.id.uuid(),
        program_id: row.program_id.uuid(),
        enrollment_id: row.enrollment_id.uuid(),
        candidate,
        kind: row.kind,
        activity_date: row.activity_date,
        minutes: row.minutes.map(|m| m.max(0) as u32),
        form: row.form.0.clone(),
        status: row.status,
        submitted_at: row.submitted_at.map(|t| t.assume_utc()),
        documents: AttachedDocument::list(docs, |d| d.form.experience_id == Some(row.id)),
        version: row.version,
        updated_at: row.updated_at.assume_utc(),
        can: ExperienceActions { edit: ctx.may_edit(row).is_ok() },
    }
}

impl ExperienceContext {
    pub fn load(c: &mut DbConnection, me: &CurrentUser, enrollment: EnrollmentRow) -> Result<Self, ApiError> {
        let access = EnrollmentAccess::load(c, me, &enrollment)?;
        let program = programs::find(c, enrollment.program_id)?;
        Ok(ExperienceContext {
            access,
            enrollment,
            min_minutes: program.settings.0.job_shadow_min_minutes,
            today: crate::clock::today_in(&program.time_zone),
        })
    }

    /// The candidate writes their own summary.
    pub fn may_write(&self) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::WriteJobShadow)
    }

    pub fn may_edit(&self, row: &ExperienceRow) -> Result<(), ApiError> {
        self.may_write()?;
        if row.status == ExperienceStatus::Submitted {
            return Err(ApiError::conflict("status", "it is submitted"));
        }
        Ok(())
    }

    /// Checks a save: the form's rules, and a day not ahead of today.
    pub fn check(
        &self,
        kind: ExperienceKind,
        activity_date: Date,
        minutes: Option<i32>,
        form: &ExperienceForm,
    ) -> Result<(), ApiError> {
        let mut errors = check_fields(kind, minutes, form, self.min_minutes);
        if activity_date > self.today {
            errors.push(FieldError::new("activity_date", "is ahead of today; write the summary once it took place"));
        }
        Ok(Invalid::check(errors)?)
    }
}

/// Loads a job shadow or visit for a reader of the candidate's confidential records; 404
/// otherwise.
pub(crate) fn load(
    c: &mut DbConnection,
    me: &CurrentUser,
    id: ExperienceId,
) -> Result<Loaded<ExperienceRecord>, ApiError> {
    let row = job_shadows::find(c, id).or_not_found("job shadow or visit")?;
    let enrollment = enrollments::find(c, row.enrollment_id)?;
    let context = ExperienceContext::load(c, me, enrollment).map_err(|_| ApiError::not_found("job shadow or visit"))?;
    context
        .access
        .require(EnrollmentPermission::ReadRecords)
        .map_err(|_| ApiError::not_found("job shadow or visit"))?;
    if !Reach::load(c, me, context.access, row.enrollment_id)?.covers(&row) {
        return Err(ApiError::not_found("job shadow or visit"));
    }
    Ok(Loaded { row, context })
}

/// A job shadow or a visit takes its summary.
impl Attachable for ExperienceRecord {
    const FIELD: &'static str = "experience_id";
    const WHAT: &'static str = "job shadows and school visits";

    fn named(form: &DocumentForm) -> bool {
        form.experience_id.is_some()
    }

    fn support(c: &mut DbConnection, form: &DocumentForm, _: EnrollmentAccess) -> Result<Option<Support>, ApiError> {
        let Some(id) = form.experience_id else { return Ok(None) };
        Ok(job_shadows::find(c, id).found()?.map(|r| {
            let summary = r.kind.summary_kind();
            Support {
                enrollment_id: r.enrollment_id,
                takes: Some((vec![summary], format!("this one takes its {}", summary.label()))),
                closed: None,
            }
        }))
    }
}
