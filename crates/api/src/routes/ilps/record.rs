//! The ILP as a record of the kernel: loading it for a caller, what they may do with it, its
//! rules, and how it is shown and audited. Confidential like a coaching log.

use super::json::{Ilp, IlpActions, IlpFieldsBody};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission, Reach};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{Loaded, Moving, Record};
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::ids::{IlpId, ProgramId, UserId};
use coachfolio_domain::ilp::{self, IlpStatus, IlpStep, Window};
use coachfolio_domain::program_year::{program_end, program_year};
use coachfolio_domain::user::UserRef;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::enrollments::{self, EnrollmentRow};
use coachfolio_persistence::ilps::{self, IlpForm, IlpRow};
use coachfolio_persistence::{cohorts, users, DbConnection, Json};
use serde_json::{json, Value};

/// The ILP kind.
pub(crate) struct IlpRecord;

/// What a plan is shown and checked with: who asks and how they relate to the candidate, the
/// enrollment and the dates its steps may fall in.
pub(crate) struct IlpContext {
    pub access: EnrollmentAccess,
    pub enrollment: EnrollmentRow,
    pub window: Window,
    /// Program years the plan may belong to.
    pub years: i32,
    pub today_year: i32,
    /// The program's today (a plan's "date created" is not ahead of it).
    pub today: time::Date,
}

impl Record for IlpRecord {
    type Row = IlpRow;
    type Context = IlpContext;
    type View = Ilp;
    type Step = IlpStep;
    const ENTITY: &'static str = "ilp";
    const CONFIDENTIAL: bool = true;

    fn program_id(row: &IlpRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(c: &mut DbConnection, row: &IlpRow, ctx: &IlpContext) -> Result<Ilp, ApiError> {
        let mut ids = vec![row.candidate_id, row.created_by, row.updated_by];
        ids.sort_unstable();
        ids.dedup();
        let people = users::refs(c, &ids)?;
        Ok(to_json(row, &people, ctx.can(row), ctx.window))
    }

    /// The status a plan moved to, never its text (the revisions keep that).
    fn audited(_: &Ilp, after: &Ilp, changed: &[&str]) -> (Option<Value>, Option<Value>) {
        (None, Some(json!({"status": after.status, "version": after.version, "changed_fields": changed})))
    }

    /// Once in action, every change keeps the plan as it read; a draft keeps one when the other
    /// writer (candidate or coach) takes over, so both see who changed what.
    fn keeps_revision(before: &IlpRow, after: &IlpRow, _: &IlpStep) -> bool {
        before.status != IlpStatus::Draft || before.updated_by != after.updated_by
    }

    /// Putting the plan into action or completing it needs what that status does
    /// (`IlpStatus::after`), and is stamped; whoever takes a step last wrote the plan.
    fn advance(row: &mut IlpRow, step: &IlpStep, m: &Moving<'_>) -> Result<Vec<&'static str>, ApiError> {
        if *step == IlpStep::Edited {
            return Ok(Vec::new());
        }
        row.status = row.status.after(*step, &row.form.content())?;
        row.updated_by = m.by;
        match step {
            IlpStep::Completed => row.completed_at = Some(m.at),
            _ => row.activated_at = row.activated_at.or(Some(m.at)),
        }
        Ok(vec!["status"])
    }

    /// A draft's autosaves are typing, not yet a record.
    fn audits_change(before: &IlpRow, step: &IlpStep) -> bool {
        !(before.status == IlpStatus::Draft && *step == IlpStep::Edited)
    }
}

impl IlpContext {
    /// The context of an enrollment's plans for `me`: 404 when out of scope.
    pub fn load(c: &mut DbConnection, me: &CurrentUser, enrollment: EnrollmentRow) -> Result<IlpContext, ApiError> {
        let access = EnrollmentAccess::load(c, me, &enrollment)?;
        let cohort = cohorts::find(c, enrollment.cohort_id)?;
        let extended = enrollment.status == EnrollmentStatus::Extended;
        let years = cohort.program_years.max(1);
        let today =
            crate::clock::today_in(&coachfolio_persistence::programs::find(c, enrollment.program_id)?.time_zone);
        Ok(IlpContext {
            access,
            window: Window {
                start: enrollment.start_date,
                end: (!extended).then(|| program_end(cohort.start_date, years as u32)),
            },
            years: if extended { 10 } else { years },
            today_year: program_year(cohort.start_date, today).unwrap_or(1) as i32,
            today,
            enrollment,
        })
    }

    /// The candidate and their current coach write the plan together.
    pub fn may_write(&self) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::WriteIlp)
    }

    /// A completed plan is reopened before it changes.
    pub fn may_edit(&self, row: &IlpRow) -> Result<(), ApiError> {
        self.may_write()?;
        if row.status == IlpStatus::Completed {
            return Err(ApiError::conflict("status", "a completed plan is reopened (made active) before it changes"));
        }
        Ok(())
    }

    pub fn may_discard(&self, row: &IlpRow) -> Result<(), ApiError> {
        self.may_write()?;
        if row.status != IlpStatus::Draft {
            return Err(ApiError::conflict("status", "only a draft can be discarded"));
        }
        Ok(())
    }

    /// What the caller may do now: the same checks the handlers make, and the plan's status.
    pub fn can(&self, row: &IlpRow) -> IlpActions {
        let write = self.may_write().is_ok();
        IlpActions {
            edit: self.may_edit(row).is_ok(),
            activate: write && row.status != IlpStatus::Active,
            complete: write && row.status == IlpStatus::Active,
            discard: self.may_discard(row).is_ok(),
            comment: self.access.require(EnrollmentPermission::Comment).is_ok(),
        }
    }

    /// Checks a plan before it is stored: its fields, its program year, and for a plan in
    /// action or completed, what that status needs.
    pub fn check(&self, status: IlpStatus, program_year: i32, form: &IlpForm) -> Result<(), ApiError> {
        let content = form.content();
        let mut errors = ilp::check_fields(&content, self.window);
        if !(1..=self.years).contains(&program_year) {
            errors.push(FieldError::new("program_year", format!("must be between 1 and {}", self.years)));
        }
        if form.date_created.is_some_and(|d| d > self.today) {
            errors.push(FieldError::new("date_created", "is ahead of today"));
        }
        errors.extend(match status {
            IlpStatus::Draft => Vec::new(),
            IlpStatus::Active => ilp::check_active(&content),
            IlpStatus::Completed => ilp::check_complete(&content),
        });
        Ok(Invalid::check(errors)?)
    }
}

/// Loads a plan for `me`; 404 when out of their scope. Readers are checked by the handler
/// (`require_confidential`: 403 for the district representative and the administrator).
pub(crate) fn load(c: &mut DbConnection, me: &CurrentUser, id: IlpId) -> Result<Loaded<IlpRecord>, ApiError> {
    let row = ilps::find(c, id).or_not_found("ILP")?;
    let enrollment = enrollments::find(c, row.enrollment_id)?;
    let context = IlpContext::load(c, me, enrollment).map_err(|_| ApiError::not_found("ILP"))?;
    if !Reach::load(c, me, context.access, row.enrollment_id)?.covers(&row) {
        return Err(ApiError::not_found("ILP"));
    }
    Ok(Loaded { row, context })
}

pub(crate) fn to_json(row: &IlpRow, people: &[UserRef], can: IlpActions, window: Window) -> Ilp {
    let person = |id: UserId| {
        people.iter().find(|u| u.id == id.uuid()).cloned().unwrap_or_else(|| UserRef {
            id: id.uuid(),
            display_name: String::new(),
            username: String::new(),
            email: String::new(),
        })
    };
    let f = &row.form;
    Ilp {
        id: row.id.uuid(),
        program_id: row.program_id.uuid(),
        enrollment_id: row.enrollment_id.uuid(),
        candidate: person(row.candidate_id),
        program_year: row.program_year,
        date_created: f.date_created,
        status: row.status,
        standards: f.standards.0.clone(),
        elements: f.elements.0.clone(),
        focus: f.focus.clone(),
        smart_goal: f.smart_goal.clone(),
        steps: f.steps.0.clone(),
        steps_due_after_end: ilp::due_after_end(&row.form.content(), window),
        pl_helped: f.pl_helped,
        pl_explanation: f.pl_explanation.clone(),
        reflective_summary: f.reflective_summary.clone(),
        created_by: person(row.created_by),
        updated_by: person(row.updated_by),
        activated_at: row.activated_at.map(|t| t.assume_utc()),
        completed_at: row.completed_at.map(|t| t.assume_utc()),
        version: row.version,
        created_at: row.created_at.assume_utc(),
        updated_at: row.updated_at.assume_utc(),
        can,
    }
}

impl IlpFieldsBody {
    /// Applies the body to a plan's year and form; returns the names of the fields it changed.
    pub(crate) fn apply(self, program_year: &mut i32, f: &mut IlpForm) -> Vec<&'static str> {
        let before = (*program_year, f.clone());
        if let Some(v) = self.program_year {
            *program_year = v;
        }
        if let Some(v) = self.date_created {
            f.date_created = Some(v);
        }
        if let Some(v) = self.standards {
            f.standards = Json(v);
        }
        if let Some(v) = self.elements {
            f.elements = Json(v.into_iter().map(|e| e.trim().to_uppercase()).collect());
        }
        if let Some(v) = self.steps {
            f.steps = Json(v);
        }
        if let Some(v) = self.pl_helped {
            f.pl_helped = v;
        }
        for (value, target) in [
            (self.focus, &mut f.focus),
            (self.smart_goal, &mut f.smart_goal),
            (self.pl_explanation, &mut f.pl_explanation),
            (self.reflective_summary, &mut f.reflective_summary),
        ] {
            if let Some(v) = value {
                *target = v;
            }
        }
        changed(&before.1, f, before.0 != *program_year)
    }
}

fn changed(a: &IlpForm, b: &IlpForm, year: bool) -> Vec<&'static str> {
    let mut out = Vec::new();
    if year {
        out.push("program_year");
    }
    macro_rules! cmp { ($($f:ident),*) => { $(if a.$f != b.$f { out.push(stringify!($f)); })* } }
    cmp!(date_created, standards, elements, focus, smart_goal, steps, pl_helped, pl_explanation, reflective_summary);
    out
}
