use super::json::{EnrollmentFees, FeeActions, Payment};
use super::plan::{account, installments};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::policy::EnrollmentAccess;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::{EnrollmentId, UserId};
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::payments::{self, PaymentRow};
use coachfolio_persistence::{enrollments, programs, users, DbConnection};
use uuid::Uuid;

/// An enrollment's fees as `access` sees them.
pub(crate) fn fees_of(
    c: &mut DbConnection,
    id: EnrollmentId,
    access: EnrollmentAccess,
) -> Result<EnrollmentFees, ApiError> {
    access.require_fees()?;
    let view = enrollments::view(c, id)?;
    let program = programs::find(c, view.row.program_id)?;
    let today = crate::clock::today_in(&program.time_zone);
    let rows = payments::of_enrollment(c, id)?;
    let mut people: Vec<UserId> = rows.iter().map(|p| p.recorded_by).collect();
    people.sort_unstable();
    people.dedup();
    let people = users::refs(c, &people)?;
    let paid: i64 = rows.iter().map(|p| p.amount_cents).sum();
    let settings = program.settings.0;
    Ok(EnrollmentFees {
        enrollment_id: id.uuid(),
        candidate: view.candidate.clone(),
        as_of: today,
        cost_structure: view.row.cost_structure,
        payer: view.row.fee_payer,
        years: installments(&settings, &view).iter().map(|i| i.year).max().unwrap_or(1),
        account: account(&settings, &view, paid, today),
        payments: rows.iter().map(|p| to_json(p, &rows, &people)).collect::<Result<_, _>>()?,
        can: FeeActions { record_payment: access == EnrollmentAccess::Manage },
    })
}

pub(crate) fn to_json(p: &PaymentRow, all: &[PaymentRow], people: &[UserRef]) -> Result<Payment, ApiError> {
    let recorded_by = people
        .iter()
        .find(|u| u.id == p.recorded_by.uuid())
        .cloned()
        .ok_or_else(|| ApiError::Internal("person missing".into()))?;
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
    me: CurrentUser,
    path: web::Path<Uuid>,
) -> Result<web::Json<EnrollmentFees>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let access = EnrollmentAccess::load(c, &me, &e)?;
            fees_of(c, id, access)
        })
        .await?;
    Ok(web::Json(out))
}
