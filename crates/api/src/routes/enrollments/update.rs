use super::json::{Enrollment, EnrollmentChange};
use super::record::{load_to_change, EnrollmentRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::enrollment::EnrollmentStep;
use coachfolio_domain::fees;
use coachfolio_domain::ids::{CohortId, DistrictId, EnrollmentId};
use coachfolio_domain::Invalid;
use coachfolio_persistence::Found;
use coachfolio_persistence::{cohorts, districts, programs};
use uuid::Uuid;

/// Change an enrollment's details
///
/// For coordinators. Status changes go through `POST /enrollments/{id}/status`.
#[utoipa::path(tag = "enrollments", request_body = EnrollmentChange,
    params(("enrollment_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Enrollment)))]
#[patch("/enrollments/{enrollment_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<EnrollmentChange>,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let b = body.0;
    let mut errors = Vec::new();
    b.details.check(&mut errors);
    Invalid::check(errors)?;
    let enrollment = state
        .write(move |c| {
            let loaded = load_to_change(c, &me, id)?;
            kernel::update::<EnrollmentRecord>(c, &me, if_match, loaded, EnrollmentStep::Updated, |c, row, _| {
                let mut changed = Vec::new();
                if let Some(k) = b.cohort_id.map(CohortId::from) {
                    if cohorts::find(c, k).found()?.is_none_or(|k| k.program_id != row.program_id) {
                        return Err(ApiError::invalid("cohort_id", "is not a cohort of this program"));
                    }
                    row.cohort_id = k;
                    changed.push("cohort_id");
                }
                if let Some(d) = b.district_id.map(DistrictId::from) {
                    if districts::find(c, d).found()?.is_none_or(|d| d.program_id != row.program_id) {
                        return Err(ApiError::invalid("district_id", "is not a district of this program"));
                    }
                    row.district_id = d;
                    changed.push("district_id");
                }
                macro_rules! set { ($($f:ident),*) => { $(if let Some(v) = b.$f { row.$f = v; changed.push(stringify!($f)); })* } }
                set!(start_date, position, employment, cost_structure);
                let fee = programs::find(c, row.program_id)?.settings.0.program_fee_cents(row.cost_structure);
                let stored = (row.fee_payer, row.candidate_fee_cents);
                let plan = fees::changed_plan(stored, b.fee_payer, b.candidate_fee_cents, fee).map_err(Invalid)?;
                if plan != stored {
                    (row.fee_payer, row.candidate_fee_cents) = plan;
                    changed.extend(["fee_payer", "candidate_fee_cents"]);
                }
                changed.extend(b.details.apply(&mut row.details));
                Ok(changed)
            })
        })
        .await?;
    Ok(ok_tagged(enrollment.version, &enrollment))
}
