use super::enrollment::fees_of;
use super::json::{EnrollmentFees, PaymentReversal};
use crate::audit;
use crate::body::Body;
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::PaymentId;
use coachfolio_persistence::payments::{self, PaymentRow};
use coachfolio_persistence::{enrollments, now, programs};
use serde_json::json;
use uuid::Uuid;

/// Reverse a payment
///
/// By the program's coordinators, with the reason: a new entry of the opposite amount, dated
/// the day it is reversed, so the payment stays on the record (409 naming `payment_id` when it is already reversed or is
/// itself a reversal).
#[utoipa::path(tag = "fees", request_body = PaymentReversal, params(("payment_id" = Uuid, Path)),
    responses((status = 201, body = EnrollmentFees)))]
#[post("/payments/{payment_id}/reversal")]
pub async fn reverse(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<PaymentReversal>,
) -> Result<HttpResponse, ApiError> {
    let id = PaymentId::from(path.into_inner());
    let reason = body.0.reason.trim().to_string();
    let fees = state
        .write(move |c| {
            let paid = payments::find(c, id).or_not_found("payment")?;
            let e = enrollments::find(c, paid.enrollment_id)?;
            let access = me.enrollment(c, &e).map_err(|_| ApiError::not_found("payment"))?;
            access.require(EnrollmentPermission::RecordFees)?;
            if reason.is_empty() || reason.chars().count() > 500 {
                return Err(ApiError::invalid("reason", "say why it is reversed (at most 500 characters)"));
            }
            if paid.reverses_id.is_some() || payments::is_reversed(c, id)? {
                return Err(ApiError::conflict("payment_id", "is already reversed, or is itself a reversal"));
            }
            let today = crate::clock::today_in(&programs::find(c, e.program_id)?.time_zone);
            // Dated the day it is reversed; the payer, method and reference are the payment's.
            let row = PaymentRow {
                id: PaymentId::new(),
                paid_on: today.max(paid.paid_on),
                amount_cents: -paid.amount_cents,
                reverses_id: Some(id),
                note: Some(reason),
                recorded_by: me.id(),
                recorded_at: now(),
                ..paid
            };
            payments::insert(c, &row)?;
            let change = audit::Change {
                program_id: Some(e.program_id),
                action: "payment.reversed",
                entity: "payment",
                entity_id: id.to_string(),
                confidential: false,
            };
            audit::record(c, &me, change, None::<&()>, Some(&json!({"reversal_id": row.id, "note": row.note})))?;
            fees_of(c, e.id, access)
        })
        .await?;
    Ok(HttpResponse::Created().json(fees))
}
