use super::json::{EnrollmentFees, FeeActions, Payment, PlanChange};
use super::plan::{installments, PlanRecords};
use crate::capabilities::{Caller, EnrollmentAccess, EnrollmentPermission};
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::fees;
use coachfolio_domain::ids::{EnrollmentId, UserId};
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::enrollments::EnrollmentView;
use coachfolio_persistence::payments::{self, PaymentRow};
use coachfolio_persistence::{districts, enrollments, programs, users, DbConnection};
use uuid::Uuid;

/// An enrollment's fees as `access` sees them.
pub(crate) fn fees_of(
    c: &mut DbConnection,
    id: EnrollmentId,
    access: EnrollmentAccess,
) -> Result<EnrollmentFees, ApiError> {
    access.require(EnrollmentPermission::ReadFees)?;
    let view = enrollments::view(c, id)?;
    let program = programs::find(c, view.row.program_id)?;
    let today = crate::clock::today_in(&program.time_zone);
    let rows = payments::of_enrollment(c, id)?;
    let mut people: Vec<UserId> = rows.iter().map(|p| p.recorded_by).collect();
    people.sort_unstable();
    people.dedup();
    let people = users::refs(c, &people)?;
    let paid = payments::paid_by(&rows);
    let settings = program.settings.0;
    let records = PlanRecords::load(c, view.row.program_id, Some(&[id]))?;
    let plan = installments(&settings, &view, &records);
    Ok(EnrollmentFees {
        enrollment_id: id.uuid(),
        candidate: view.candidate.clone(),
        as_of: today,
        cost_structure: view.row.cost_structure,
        payer: view.row.fee_payer,
        candidate_fee_cents: view.row.candidate_fee_cents,
        years: view.program_years(),
        account: fees::account(&plan, paid, today),
        payments: rows.iter().map(|p| to_json(p, &rows, &people)).collect::<Result<_, _>>()?,
        plan_changes: plan_changes(c, &records, &view)?,
        can: FeeActions { record_payment: access.allows(EnrollmentPermission::RecordFees) },
    })
}

/// An enrollment's plan changes, with its districts' names and who recorded them.
fn plan_changes(c: &mut DbConnection, r: &PlanRecords, v: &EnrollmentView) -> Result<Vec<PlanChange>, ApiError> {
    let changes: Vec<_> = r.changes_of(v.row.id).collect();
    if changes.is_empty() {
        return Ok(Vec::new());
    }
    let districts = districts::list(c, v.row.program_id)?;
    let name = |id| districts.iter().find(|d| d.id == id).map(|d| d.name.clone()).unwrap_or_default();
    let people = users::refs(c, &changes.iter().map(|ch| ch.recorded_by).collect::<Vec<_>>())?;
    changes
        .iter()
        .map(|ch| {
            let recorded_by = crate::people::person(&people, ch.recorded_by)?;
            Ok(PlanChange {
                effective_on: ch.effective_on,
                from_cost_structure: ch.from_cost_structure,
                cost_structure: ch.cost_structure,
                from_payer: ch.from_fee_payer,
                from_candidate_fee_cents: ch.from_candidate_fee_cents,
                payer: ch.fee_payer,
                candidate_fee_cents: ch.candidate_fee_cents,
                from_district_name: name(ch.from_district_id),
                district_name: name(ch.district_id),
                paid_cents: ch.paid_agency_cents + ch.paid_candidate_cents,
                note: ch.note.clone(),
                recorded_by,
                recorded_at: ch.recorded_at.assume_utc(),
            })
        })
        .collect()
}

pub(crate) fn to_json(p: &PaymentRow, all: &[PaymentRow], people: &[UserRef]) -> Result<Payment, ApiError> {
    let recorded_by = crate::people::person(people, p.recorded_by)?;
    Ok(Payment {
        id: p.id.uuid(),
        enrollment_id: p.enrollment_id.uuid(),
        paid_on: p.paid_on,
        payer: p.payer,
        amount_cents: p.amount_cents,
        method: p.method,
        reference: p.reference.clone(),
        reverses_id: p.reverses_id.map(|r| r.uuid()),
        note: p.note.clone(),
        reversed: all.iter().any(|o| o.reverses_id == Some(p.id)),
        recorded_by,
        recorded_at: p.recorded_at.assume_utc(),
    })
}

/// A candidate's fees and payments
///
/// The plan of the enrollment's cost structure (the program's fees), paid by the agency in
/// one installment a program year or by the candidate in two, on the program's fee dates; what
/// was paid toward each installment, the payments and reversals, the balance and what is
/// overdue. For the candidate, their district's representative and the program's staff; never
/// coaches.
#[utoipa::path(tag = "fees", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = EnrollmentFees)))]
#[get("/enrollments/{enrollment_id}/fees")]
pub async fn enrollment_fees(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<EnrollmentFees>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let access = me.enrollment(c, &e)?;
            fees_of(c, id, access)
        })
        .await?;
    Ok(web::Json(out))
}
