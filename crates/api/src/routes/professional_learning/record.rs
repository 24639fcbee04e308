//! The alternative professional learning as a record of the kernel: who may write, submit and
//! decide it, its rules, and how it is shown. Its text is confidential like an ILP; its hours
//! are not (the ledger shows them).

use super::json::{PlActions, ProfessionalLearning};
use crate::attachable::{Attachable, Support};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission, Reach};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{Loaded, Moving, Record};
use crate::notify::Notice;
use crate::routes::documents::json::AttachedDocument;
use coachfolio_domain::ids::{ProfessionalLearningId, ProgramId, UserId};
use coachfolio_domain::notification::NoticeKind;
use coachfolio_domain::professional_learning::PlStep;
use coachfolio_domain::professional_learning::{check_fields, missing_documents, PlStatus, REQUIRED_DOCUMENTS};
use coachfolio_domain::user::UserRef;
use coachfolio_domain::Invalid;
use coachfolio_persistence::documents::DocumentForm;
use coachfolio_persistence::documents::{self, AttachedTo, DocumentRow};
use coachfolio_persistence::enrollments::{self, EnrollmentRow};
use coachfolio_persistence::professional_learning::{self as pl, PlForm, PlRow};
use coachfolio_persistence::Found;
use coachfolio_persistence::{ilps, users, DbConnection};
use serde_json::{json, Value};
use time::Date;

/// The alternative professional learning kind.
pub(crate) struct PlRecord;

/// How the caller relates to the candidate, and the program's date (a PL is reported once
/// attended, never ahead).
pub(crate) struct PlContext {
    pub access: EnrollmentAccess,
    pub enrollment: EnrollmentRow,
    pub today: Date,
}

impl Record for PlRecord {
    type Row = PlRow;
    type Context = PlContext;
    type View = ProfessionalLearning;
    type Step = PlStep;
    const ENTITY: &'static str = "professional_learning";
    const CONFIDENTIAL: bool = true;

    fn program_id(row: &PlRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(c: &mut DbConnection, row: &PlRow, ctx: &PlContext) -> Result<ProfessionalLearning, ApiError> {
        let docs = documents::attached_to(c, AttachedTo::ProfessionalLearning(&[row.id]))?;
        let people = users::refs(c, &people_of(std::slice::from_ref(row)))?;
        to_json(row, &docs, &people, ctx.can(row))
    }

    /// Its status and hours, never its reflection.
    fn audited(
        _: &ProfessionalLearning,
        after: &ProfessionalLearning,
        changed: &[&str],
    ) -> (Option<Value>, Option<Value>) {
        let after = json!({
            "status": after.status,
            "minutes": after.minutes,
            "version": after.version,
            "changed_fields": changed,
            "decision_reason": after.decision_reason,
        });
        (None, Some(after))
    }

    /// A draft's saves are typing; submitting and the decision are recorded.
    fn audits_change(before: &PlRow, step: &PlStep) -> bool {
        !(*step == PlStep::Edited && before.status == PlStatus::Draft)
    }

    /// Submitted (an earlier decision cleared), or decided by a coordinator with the reason
    /// they gave.
    fn advance(row: &mut PlRow, step: &PlStep, m: &Moving<'_>) -> Result<Vec<&'static str>, ApiError> {
        row.status = row.status.after(*step).map_err(ApiError::status_refused)?;
        Ok(match step {
            PlStep::Edited => Vec::new(),
            PlStep::Submitted => {
                row.submitted_at = Some(m.at);
                (row.decided_by, row.decided_at, row.decision_reason) = (None, None, None);
                vec!["status"]
            }
            PlStep::Approved | PlStep::Denied => {
                (row.decided_by, row.decided_at, row.decision_reason) =
                    (Some(m.by), Some(m.at), m.note.map(Into::into));
                vec!["status", "decision_reason"]
            }
        })
    }

    /// A decision tells the candidate (and the coach who wrote it for them): its day and
    /// hours, never its reflection or the reason, which stay on the record.
    fn notices(
        _: &mut DbConnection,
        before: &PlRow,
        _: &PlRow,
        after: &ProfessionalLearning,
        _: &PlStep,
    ) -> Result<Vec<Notice>, ApiError> {
        let (said, more) = match after.status {
            s if s == before.status => return Ok(Vec::new()),
            PlStatus::Approved => ("was approved", " and counts toward your hours"),
            PlStatus::Denied => ("was not approved", "; the reason is on the record"),
            _ => return Ok(Vec::new()),
        };
        let day = after.activity_date;
        let hours = coachfolio_domain::completion::hours(after.minutes);
        let mut to = vec![before.candidate_id];
        to.extend((before.created_by != before.candidate_id).then_some(before.created_by));
        Ok(to
            .into_iter()
            .map(|to| Notice {
                to,
                program_id: before.program_id,
                kind: NoticeKind::PlDecided,
                title: format!("Professional learning of {day} {said}"),
                body: format!("The professional learning of {day} ({hours}) {said}{more}."),
                link: format!("/professional-learning/{}", before.id),
            })
            .collect())
    }
}

/// Everyone a record names.
pub(crate) fn people_of(rows: &[PlRow]) -> Vec<UserId> {
    let mut ids: Vec<UserId> =
        rows.iter().flat_map(|r| [Some(r.candidate_id), Some(r.created_by), r.decided_by]).flatten().collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

pub(crate) fn to_json(
    row: &PlRow,
    docs: &[DocumentRow],
    people: &[UserRef],
    can: PlActions,
) -> Result<ProfessionalLearning, ApiError> {
    let person = |id: UserId| crate::people::person(people, id);
    let documents = AttachedDocument::list(docs, |d| d.form.professional_learning_id == Some(row.id));
    let kinds: Vec<_> = documents.iter().map(|d| d.kind).collect();
    Ok(ProfessionalLearning {
        id: row.id.uuid(),
        program_id: row.program_id.uuid(),
        enrollment_id: row.enrollment_id.uuid(),
        candidate: person(row.candidate_id)?,
        title: row.form.title.clone(),
        activity_date: row.form.activity_date,
        minutes: row.form.minutes.max(0) as u32,
        ilp_id: row.form.ilp_id.map(|i| i.uuid()),
        reflection: row.form.reflection.0.clone(),
        status: row.status,
        submitted_at: row.submitted_at.map(|t| t.assume_utc()),
        decided_by: row.decided_by.map(person).transpose()?,
        decided_at: row.decided_at.map(|t| t.assume_utc()),
        decision_reason: row.decision_reason.clone(),
        missing_documents: missing_documents(&kinds),
        documents,
        created_by: person(row.created_by)?,
        version: row.version,
        updated_at: row.updated_at.assume_utc(),
        can,
    })
}

impl PlContext {
    /// The context of an enrollment's records for `me`: 404 when out of scope.
    pub fn load(c: &mut DbConnection, me: &CurrentUser, enrollment: EnrollmentRow) -> Result<PlContext, ApiError> {
        let access = EnrollmentAccess::load(c, me, &enrollment)?;
        let today =
            crate::clock::today_in(&coachfolio_persistence::programs::find(c, enrollment.program_id)?.time_zone);
        Ok(PlContext { access, enrollment, today })
    }

    pub fn can(&self, row: &PlRow) -> PlActions {
        let edit = self.may_edit(row).is_ok();
        PlActions { edit, submit: edit, decide: self.may_decide(row).is_ok() }
    }

    /// The candidate and their current coach write it (they chose the PL together).
    pub fn may_write(&self) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::WriteProfessionalLearning)
    }

    /// While a draft, or after a denial (to correct and submit again).
    pub fn may_edit(&self, row: &PlRow) -> Result<(), ApiError> {
        self.may_write()?;
        match row.status {
            PlStatus::Draft | PlStatus::Denied => Ok(()),
            s => Err(ApiError::conflict("status", format!("it is {s}; it can no longer be changed"))),
        }
    }

    /// The program's coordinators decide a submitted record.
    pub fn may_decide(&self, row: &PlRow) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::DecideProfessionalLearning)?;
        if row.status != PlStatus::Submitted {
            return Err(ApiError::conflict("status", format!("it is {}; only a submitted one is decided", row.status)));
        }
        Ok(())
    }

    /// Checks a form: its fields, its day (not ahead of today) and its ILP (the candidate's).
    pub fn check(&self, c: &mut DbConnection, form: &PlForm) -> Result<(), ApiError> {
        let mut errors = check_fields(&form.title, form.minutes, &form.reflection.0);
        if form.activity_date > self.today {
            errors.push(coachfolio_domain::FieldError::new(
                "activity_date",
                "is ahead of today; record it once attended",
            ));
        }
        if let Some(id) = form.ilp_id {
            if ilps::find(c, id).found()?.is_none_or(|i| i.enrollment_id != self.enrollment.id) {
                errors.push(coachfolio_domain::FieldError::new("ilp_id", "is not one of this candidate's ILPs"));
            }
        }
        Ok(Invalid::check(errors)?)
    }
}

/// Loads a record for `me`; 404 when out of scope or confidential to them.
pub(crate) fn load(
    c: &mut DbConnection,
    me: &CurrentUser,
    id: ProfessionalLearningId,
) -> Result<Loaded<PlRecord>, ApiError> {
    let row = pl::find(c, id).or_not_found("professional learning")?;
    let enrollment = enrollments::find(c, row.enrollment_id)?;
    let context = PlContext::load(c, me, enrollment).map_err(|_| ApiError::not_found("professional learning"))?;
    context
        .access
        .require(EnrollmentPermission::ReadRecords)
        .map_err(|_| ApiError::not_found("professional learning"))?;
    if !Reach::load(c, me, context.access, row.enrollment_id)?.covers(&row) {
        return Err(ApiError::not_found("professional learning"));
    }
    Ok(Loaded { row, context })
}

/// A professional learning takes its PL reflection form, agenda and sign-in sheet, until it is
/// approved.
/// The PDFs a record still lacks of its three (PL reflection form, agenda, sign-in sheet), as
/// words ("PL agenda, PL sign-in sheet"), or `None` when all three are attached.
pub(crate) fn missing_pdfs(c: &mut DbConnection, id: ProfessionalLearningId) -> Result<Option<String>, ApiError> {
    let kinds: Vec<_> =
        documents::attached_to(c, AttachedTo::ProfessionalLearning(&[id]))?.into_iter().map(|d| d.form.kind).collect();
    let missing = missing_documents(&kinds);
    Ok((!missing.is_empty()).then(|| missing.iter().map(|k| k.label()).collect::<Vec<_>>().join(", ")))
}

impl Attachable for PlRecord {
    const FIELD: &'static str = "professional_learning_id";
    const WHAT: &'static str = "professional learning records";

    fn named(form: &DocumentForm) -> bool {
        form.professional_learning_id.is_some()
    }

    fn support(c: &mut DbConnection, form: &DocumentForm, _: EnrollmentAccess) -> Result<Option<Support>, ApiError> {
        let Some(id) = form.professional_learning_id else { return Ok(None) };
        Ok(pl::find(c, id).found()?.map(|r| Support {
            enrollment_id: r.enrollment_id,
            takes: Some((
                REQUIRED_DOCUMENTS.to_vec(),
                "a professional learning takes its PL reflection form, agenda and sign-in sheet".into(),
            )),
            closed: (r.status == PlStatus::Approved).then_some("is approved; its evidence is closed"),
        }))
    }
}
