use super::enrollment::fees_of;
use super::json::{EnrollmentFees, NewPayment};
use crate::audit;
use crate::body::Body;
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::{EnrollmentId, PaymentId};
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::payments::{self, PaymentRow};
use coachfolio_persistence::{enrollments, now, programs};
use serde_json::json;
use uuid::Uuid;

/// The most one payment may be: $1,000,000.00.
const MAX_CENTS: i64 = 100_000_000;

/// Record a payment
///
/// By the program's coordinators: the day, who paid, the amount in whole cents (more than
/// zero), the method and its reference. Kept as recorded; a mistake is corrected by reversing
/// it. Answers the candidate's fees with the new balance.
#[utoipa::path(tag = "fees", request_body = NewPayment, params(("enrollment_id" = Uuid, Path)),
    responses((status = 201, body = EnrollmentFees)))]
#[post("/enrollments/{enrollment_id}/payments")]
pub async fn record_payment(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewPayment>,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let b = body.0;
    let fees = state
        .write(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let access = me.enrollment(c, &e)?;
            access.require(EnrollmentPermission::RecordFees)?;
            let mut errors = Vec::new();
            let today = crate::clock::today_in(&programs::find(c, e.program_id)?.time_zone);
            if b.paid_on > today {
                errors.push(FieldError::new("paid_on", "is ahead of today; record a payment once it is received"));
            }
            if b.amount_cents <= 0 || b.amount_cents > MAX_CENTS {
                errors.push(FieldError::new("amount_cents", "must be whole cents from 1 to 100000000 ($1,000,000.00)"));
            }
            let reference = b.reference.map(|r| r.trim().to_string()).filter(|r| !r.is_empty());
            if reference.as_ref().is_some_and(|r| r.chars().count() > 120) {
                errors.push(FieldError::new("reference", "must be at most 120 characters"));
            }
            Invalid::check(errors)?;
            let row = PaymentRow {
                id: PaymentId::new(),
                program_id: e.program_id,
                enrollment_id: id,
                paid_on: b.paid_on,
                payer: b.payer,
                amount_cents: b.amount_cents,
                method: b.method,
                reference,
                reverses_id: None,
                note: None,
                recorded_by: me.id(),
                recorded_at: now(),
            };
            payments::insert(c, &row)?;
            let change = audit::Change {
                program_id: Some(e.program_id),
                action: "payment.recorded",
                entity: "payment",
                entity_id: row.id.to_string(),
                confidential: false,
            };
            let after = json!({"enrollment_id": id, "paid_on": row.paid_on, "payer": row.payer,
                "amount_cents": row.amount_cents, "method": row.method, "reference": row.reference});
            audit::record(c, &me, change, None::<&()>, Some(&after))?;
            fees_of(c, id, access)
        })
        .await?;
    Ok(HttpResponse::Created().json(fees))
}
