use super::enrollment::fees_of;
use super::json::{EnrollmentFees, NewPlanChange};
use crate::body::Body;
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::{ApiError, OrNotFound};
use crate::etag::IfMatch;
use crate::kernel::Taken;
use crate::kernel::{self, Loaded};
use crate::routes::enrollments::record::EnrollmentRecord;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::enrollment::EnrollmentStep;
use coachfolio_domain::fees;
use coachfolio_domain::ids::{DistrictId, EnrollmentId, PlanChangeId};
use coachfolio_domain::program_year::program_end;
use coachfolio_domain::user::check_optional_text;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::fee_plans::{self, PlanChangeRow};
use coachfolio_persistence::Found;
use coachfolio_persistence::{districts, enrollments, now, payments, programs};
use uuid::Uuid;

/// Change the fee plan from a day
///
/// By the program's coordinators, when the candidate's employment changes (the handbook's
/// change of district): the new cost structure, payer or district from `effective_on`, within
/// the program; a split plan (Plan C) names the candidate's part of the new fee, or keeps the
/// one it had. Installments due before that day, or already paid, stay as they were; the rest
/// are recomputed from the new plan. (Editing the enrollment's cost structure instead
/// corrects the whole plan, as if it had always been so.) Answers the candidate's fees.
#[utoipa::path(tag = "fees", request_body = NewPlanChange,
    params(("enrollment_id" = Uuid, Path), ("If-Match" = String, Header, description = "The enrollment's ETag last read")),
    responses((status = 201, body = EnrollmentFees)))]
#[post("/enrollments/{enrollment_id}/fee-plan-changes")]
pub async fn change_plan(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<NewPlanChange>,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let b = body.0;
    let note = b.note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    let fees = state
        .write(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let access = me.enrollment(c, &e)?;
            access.require(EnrollmentPermission::RecordFees)?;
            let view = enrollments::view(c, id)?;
            let structure = b.cost_structure.unwrap_or(e.cost_structure);
            let district = b.district_id.map(DistrictId::from).unwrap_or(e.district_id);
            let mut errors = Vec::new();
            let fee = programs::find(c, e.program_id)?.settings.0.program_fee_cents(structure);
            let stored = (e.fee_payer, e.candidate_fee_cents);
            let payers = fees::changed_plan(stored, b.payer, b.candidate_fee_cents, fee)
                .map_err(|e| errors.extend(e))
                .unwrap_or(stored);
            let last = program_end(view.cohort_start, view.program_years());
            if b.effective_on < view.cohort_start || b.effective_on > last {
                errors.push(FieldError::new(
                    "effective_on",
                    format!("must be within the program ({} to {last})", view.cohort_start),
                ));
            }
            if districts::find(c, district).found()?.is_none_or(|d| d.program_id != e.program_id) {
                errors.push(FieldError::new("district_id", "is not a district of this program"));
            }
            if (structure, payers, district) == (e.cost_structure, stored, e.district_id) {
                errors.push(FieldError::new(
                    "cost_structure",
                    "is the plan already; change the structure, payer or district",
                ));
            }
            check_optional_text("note", note.as_deref(), 2000, &mut errors);
            Invalid::check(errors)?;
            let paid = payments::paid_by(&payments::of_enrollment(c, id)?);
            let row = PlanChangeRow {
                id: PlanChangeId::new(),
                program_id: e.program_id,
                enrollment_id: id,
                effective_on: b.effective_on,
                from_cost_structure: e.cost_structure,
                from_fee_payer: e.fee_payer,
                from_candidate_fee_cents: e.candidate_fee_cents,
                from_district_id: e.district_id,
                cost_structure: structure,
                fee_payer: payers.0,
                candidate_fee_cents: payers.1,
                district_id: district,
                paid_agency_cents: paid.agency,
                paid_candidate_cents: paid.candidate,
                note: note.clone(),
                recorded_by: me.id(),
                recorded_at: now(),
            };
            let step = Taken { step: EnrollmentStep::FeePlanChanged, note: Some(format!("from {}", b.effective_on)) };
            kernel::update::<EnrollmentRecord>(
                c,
                &me,
                if_match,
                Loaded { row: e, context: access },
                step,
                |_, r, _| {
                    (r.cost_structure, r.district_id) = (structure, district);
                    (r.fee_payer, r.candidate_fee_cents) = payers;
                    Ok(vec!["cost_structure", "fee_payer", "candidate_fee_cents", "district_id"])
                },
            )?;
            fee_plans::add_change(c, &row)?;
            fees_of(c, id, access)
        })
        .await?;
    Ok(HttpResponse::Created().json(fees))
}
