//! The completion verification as a record of the kernel. What it shows is computed from the
//! candidate's records (`facts`); what it keeps is who confirmed and who signed.

use super::facts::{gather, Gathered};
use super::json::{CompletionActions, CompletionItemView, CompletionVerification, ConfirmationView, SignatureView};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{Loaded, Moving, Record};
use crate::notify::Notice;
use crate::people::person;
use coachfolio_domain::completion::{check, Column, CompletionItem, CompletionStep, ItemCheck, ItemState, Signer};
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::ids::{EnrollmentId, ProgramId, UserId};
use coachfolio_domain::roster::RosterStatus;
use coachfolio_persistence::completion_rosters;
use coachfolio_persistence::completion_verifications::{self, VerificationRow};
use coachfolio_persistence::enrollments::{self, EnrollmentView};
use coachfolio_persistence::{users, DbConnection};
use serde_json::{json, Value};

pub(crate) struct CompletionRecord;

/// Who asks, the enrollment, and what its records say today.
pub(crate) struct CompletionContext {
    pub access: EnrollmentAccess,
    pub enrollment: EnrollmentView,
    pub gathered: Gathered,
    pub checks: Vec<ItemCheck>,
    /// When a submitted completion roster carried the candidate (read once per request).
    pub sent_to_credential_office_at: Option<time::OffsetDateTime>,
}

impl Record for CompletionRecord {
    type Row = VerificationRow;
    type Context = CompletionContext;
    type View = CompletionVerification;
    type Step = CompletionStep;
    const ENTITY: &'static str = "completion_verification";

    fn program_id(row: &VerificationRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(
        c: &mut DbConnection,
        row: &VerificationRow,
        ctx: &CompletionContext,
    ) -> Result<CompletionVerification, ApiError> {
        to_json(c, row, ctx)
    }

    /// Who confirmed what (with the reasons given) and who signed; never the records' figures.
    fn audited(
        _: &CompletionVerification,
        after: &CompletionVerification,
        _: &[&str],
    ) -> (Option<Value>, Option<Value>) {
        let confirmed: Vec<Value> = after
            .items
            .iter()
            .flat_map(|i| {
                [(Column::DistrictRepresentative, &i.district_representative), (Column::Coordinator, &i.coordinator)]
                    .into_iter()
                    .filter_map(move |(col, c)| {
                        c.as_ref()
                            .map(|c| json!({"item": i.check.item, "column": col, "state": c.state, "reason": c.reason}))
                    })
            })
            .collect();
        let signed: Vec<_> = after.signatures.iter().map(|s| s.signer).collect();
        (None, Some(json!({"confirmations": confirmed, "signed_by": signed, "version": after.version})))
    }

    fn advance(
        row: &mut VerificationRow,
        step: &CompletionStep,
        m: &Moving<'_>,
    ) -> Result<Vec<&'static str>, ApiError> {
        let mut v = row.verification();
        v.after(step, m.by, m.at.assume_utc())?;
        row.set(v);
        Ok(vec![if matches!(step, CompletionStep::Signed(_)) { "signatures" } else { "confirmations" }])
    }

    /// The party whose signature the form now waits for is asked, once, when their turn comes.
    fn notices(
        c: &mut DbConnection,
        before: &VerificationRow,
        after: &VerificationRow,
        view: &CompletionVerification,
        _: &CompletionStep,
    ) -> Result<Vec<Notice>, ApiError> {
        match after.verification().asked() {
            Some(signer) if before.verification().asked() != Some(signer) => super::notices::asked(c, view, signer),
            _ => Ok(Vec::new()),
        }
    }
}

/// The column someone with `access` confirms: a coordinator's first (someone who may confirm in
/// both confirms as the coordinator), else the district's; `None` for anyone else.
pub(crate) fn column_of(access: EnrollmentAccess) -> Option<Column> {
    [Column::Coordinator, Column::DistrictRepresentative]
        .into_iter()
        .find(|col| access.allows(EnrollmentPermission::ConfirmCompletion(*col)))
}

impl CompletionContext {
    /// The column the caller confirms, or why not.
    pub fn column(&self) -> Result<Column, ApiError> {
        let column = column_of(self.access).unwrap_or(Column::DistrictRepresentative);
        self.access.require(EnrollmentPermission::ConfirmCompletion(column))?;
        self.active()?;
        Ok(column)
    }

    /// May the caller sign as `signer`?
    pub fn may_sign(&self, signer: Signer) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::SignCompletion(signer))?;
        self.active()
    }

    /// The form is filled in while the candidate is enrolled or extended (or completed by hand
    /// before the form existed, and not yet recommended).
    fn active(&self) -> Result<(), ApiError> {
        let status = self.enrollment.row.status;
        if status.is_active() || status == EnrollmentStatus::Completed {
            Ok(())
        } else {
            Err(ApiError::conflict(
                "status",
                format!("the enrollment is {status}; its completion form no longer changes"),
            ))
        }
    }

    /// An item as the caller may read it: the fee item without its amounts for those who do
    /// not read fees (a coach signs the form, so sees whether it is met, never how much is owed).
    fn as_read(&self, check: &ItemCheck) -> ItemCheck {
        if check.item != CompletionItem::FeesPaid || self.access.allows(EnrollmentPermission::ReadFees) {
            return check.clone();
        }
        let paid = check.state == ItemState::Met;
        ItemCheck {
            summary: if paid { "paid in full" } else { "not paid in full" }.into(),
            missing: if paid { vec![] } else { vec!["a balance remains".into()] },
            ..check.clone()
        }
    }

    pub fn check_of(&self, item: CompletionItem) -> &ItemCheck {
        self.checks.iter().find(|c| c.item == item).expect("every item is checked")
    }
}

fn to_json(
    c: &mut DbConnection,
    row: &VerificationRow,
    ctx: &CompletionContext,
) -> Result<CompletionVerification, ApiError> {
    let v = row.verification();
    let mut ids: Vec<UserId> = v.confirmations.iter().map(|c| c.by).chain(v.signatures.iter().map(|s| s.by)).collect();
    ids.sort_unstable();
    ids.dedup();
    let people = users::refs(c, &ids)?;
    let confirmation = |item, column| -> Result<Option<ConfirmationView>, ApiError> {
        v.confirmation(item, column)
            .map(|c| {
                Ok(ConfirmationView { by: person(&people, c.by)?, at: c.at, state: c.state, reason: c.reason.clone() })
            })
            .transpose()
    };
    let items = ctx
        .checks
        .iter()
        .map(|check| {
            let on_form = check.on_the_form;
            Ok(CompletionItemView {
                district_representative: if on_form {
                    confirmation(check.item, Column::DistrictRepresentative)?
                } else {
                    None
                },
                coordinator: if on_form { confirmation(check.item, Column::Coordinator)? } else { None },
                evidence: ctx.gathered.evidence.get(&check.item).cloned().unwrap_or_default(),
                check: ctx.as_read(check),
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let signatures = Signer::ALL
        .iter()
        .filter_map(|s| v.signature(*s))
        .map(|s| Ok(SignatureView { signer: s.signer, by: person(&people, s.by)?, at: s.at }))
        .collect::<Result<Vec<_>, ApiError>>()?;
    let next_signer = v.unsigned_by().first().copied();
    let e = &ctx.enrollment;
    let unconfirmed = !v.unconfirmed().is_empty();
    Ok(CompletionVerification {
        enrollment_id: e.row.id.uuid(),
        program_id: e.row.program_id.uuid(),
        candidate: e.candidate.clone(),
        cohort_label: e.cohort_label.clone(),
        district_name: e.district_name.clone(),
        coach: e.current_coach.clone(),
        status: e.row.status,
        as_of: ctx.gathered.facts.today,
        due_on: ctx.gathered.facts.form_due_on,
        items,
        growth: ctx.gathered.growth.clone(),
        signatures,
        signed: v.is_signed(),
        sent_to_credential_office_at: ctx.sent_to_credential_office_at,
        next_signer,
        version: row.version,
        can: CompletionActions {
            confirm: if v.signatures.is_empty() { ctx.column().ok() } else { None },
            sign: next_signer.filter(|s| !unconfirmed && ctx.may_sign(*s).is_ok()),
        },
    })
}

/// Loads an enrollment's form for anyone who reads the enrollment (404 otherwise), with what
/// its records say today.
pub(crate) fn load(
    c: &mut DbConnection,
    me: &CurrentUser,
    id: EnrollmentId,
) -> Result<Loaded<CompletionRecord>, ApiError> {
    let enrollment = enrollments::find(c, id).or_not_found("enrollment")?;
    let access = EnrollmentAccess::load(c, me, &enrollment)?;
    let view = enrollments::view(c, id)?;
    let gathered = gather(c, me, &view, access)?;
    let checks = check(&gathered.facts);
    let sent_to_credential_office_at = completion_rosters::of_program(c, enrollment.program_id)?
        .into_iter()
        .find(|r| r.status == RosterStatus::Submitted && r.enrollment_ids.0.contains(&id))
        .and_then(|r| r.submitted_at.map(|t| t.assume_utc()));
    let row = completion_verifications::find(c, id)?;
    let context = CompletionContext { access, enrollment: view, gathered, checks, sent_to_credential_office_at };
    Ok(Loaded { row, context })
}
