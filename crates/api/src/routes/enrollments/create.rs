use super::json::{Enrollment, NewEnrollment};
use super::record::EnrollmentRecord;
use crate::body::Body;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::fees::{self, FeePlan};
use coachfolio_domain::ids::{CohortId, DistrictId, ProgramId, UserId};
use coachfolio_domain::role::Role;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::enrollments;
use coachfolio_persistence::memberships::{self, MembershipRow};
use coachfolio_persistence::Found;
use coachfolio_persistence::{cohorts, districts, programs, users};
use uuid::Uuid;

/// Enroll a candidate in a cohort
///
/// The account gains the candidate role in the program. Status starts at "enrolled". Someone
/// who runs the program (its coordinators and director) cannot be enrolled in it (409).
#[utoipa::path(tag = "enrollments", request_body = NewEnrollment, params(("program_id" = Uuid, Path)), responses((status = 201, body = Enrollment)))]
#[post("/programs/{program_id}/enrollments")]
pub async fn create(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewEnrollment>,
) -> Result<HttpResponse, ApiError> {
    let program_id = ProgramId::from(path.into_inner());
    let b = body.0;
    let mut errors = Vec::new();
    b.details.check(&mut errors);
    Invalid::check(errors)?;
    let enrollment = state
        .write(move |c| {
            me.program(c, program_id)?.require(ProgramPermission::Manage)?;
            let (candidate_id, cohort_id, district_id) =
                (UserId::from(b.candidate_id), CohortId::from(b.cohort_id), DistrictId::from(b.district_id));
            let mut errors = Vec::new();
            if users::find(c, candidate_id).found()?.is_none() {
                errors.push(FieldError::new("candidate_id", "no such account"));
            }
            if cohorts::find(c, cohort_id).found()?.is_none_or(|k| k.program_id != program_id) {
                errors.push(FieldError::new("cohort_id", "is not a cohort of this program"));
            }
            if districts::find(c, district_id).found()?.is_none_or(|d| d.program_id != program_id) {
                errors.push(FieldError::new("district_id", "is not a district of this program"));
            }
            let fee = programs::find(c, program_id)?.settings.0.program_fee_cents(b.cost_structure);
            let plan = fees::changed_plan((FeePlan::Agency, None), b.fee_payer, b.candidate_fee_cents, fee)
                .map_err(|e| errors.extend(e))
                .ok();
            Invalid::check(errors)?;
            let (fee_payer, candidate_fee_cents) = plan.unwrap_or((FeePlan::Agency, None));
            if enrollments::exists_for(c, program_id, candidate_id)? {
                return Err(ApiError::conflict("candidate_id", "is already enrolled in this program"));
            }
            let held: Vec<Role> =
                memberships::roles_in(c, candidate_id, program_id)?.into_iter().map(|(r, _)| r).collect();
            Role::Candidate.fits_with(&held).map_err(|why| ApiError::conflict("candidate_id", why))?;
            let mut new = enrollments::NewEnrollment {
                position: b.position,
                employment: b.employment,
                cost_structure: b.cost_structure,
                fee_payer,
                candidate_fee_cents,
                ..enrollments::NewEnrollment::new(program_id, candidate_id, cohort_id, district_id, b.start_date)
            };
            b.details.apply(&mut new.details);
            let row = enrollments::insert(c, &new)?;
            if !memberships::holds(c, candidate_id, program_id, Role::Candidate)? {
                memberships::insert(c, &MembershipRow::new(candidate_id, program_id, Role::Candidate, None))?;
            }
            let access = me.enrollment(c, &row)?;
            kernel::created::<EnrollmentRecord>(c, &me, &row, &access)
        })
        .await?;
    Ok(created_tagged(enrollment.version, &enrollment))
}
