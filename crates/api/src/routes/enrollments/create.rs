use super::{clean, Enrollment, EnrollmentDetails};
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::policy::ProgramAccess;
use crate::routes::record;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::enrollment::{CostStructure, Employment, EnrollmentStatus, Position};
use coachfolio_domain::role::Role;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::enrollments::{self, EnrollmentRow};
use coachfolio_persistence::memberships::{self, MembershipRow};
use coachfolio_persistence::{cohorts, districts, new_id, now, users};
use serde::Deserialize;
use time::Date;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEnrollment {
    pub candidate_id: Uuid,
    pub cohort_id: Uuid,
    pub start_date: Date,
    pub district_id: Uuid,
    pub position: Position,
    pub employment: Employment,
    pub cost_structure: CostStructure,
    #[serde(flatten)]
    #[schema(inline)]
    pub details: EnrollmentDetails,
}

/// Enroll a candidate in a cohort
///
/// The account gains the candidate role in the program. Status starts at "enrolled".
#[utoipa::path(tag = "enrollments", request_body = NewEnrollment, params(("program_id" = Uuid, Path)), responses((status = 201, body = Enrollment)))]
#[post("/programs/{program_id}/enrollments")]
pub async fn create(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    body: Body<NewEnrollment>,
) -> Result<HttpResponse, ApiError> {
    let program_id = path.into_inner().to_string();
    let b = body.0;
    let mut errors = Vec::new();
    b.details.check(&mut errors);
    Invalid::check(errors)?;
    let view = state
        .write(move |c| {
            ProgramAccess::load(c, &me, &program_id)?.require_manage()?;
            let mut errors = Vec::new();
            let candidate = users::find(c, &b.candidate_id.to_string()).ok();
            if candidate.is_none() {
                errors.push(FieldError::new("candidate_id", "no such account"));
            }
            let cohort = cohorts::find(c, &b.cohort_id.to_string()).ok().filter(|k| k.program_id == program_id);
            if cohort.is_none() {
                errors.push(FieldError::new("cohort_id", "is not a cohort of this program"));
            }
            if !districts::find(c, &b.district_id.to_string()).is_ok_and(|d| d.program_id == program_id) {
                errors.push(FieldError::new("district_id", "is not a district of this program"));
            }
            Invalid::check(errors)?;
            let candidate = candidate.expect("checked above");
            if enrollments::exists_for(c, &program_id, &candidate.id)? {
                return Err(ApiError::conflict("candidate_id", "is already enrolled in this program"));
            }
            let at = now();
            let d = b.details;
            let row = EnrollmentRow {
                id: new_id(),
                program_id: program_id.clone(),
                candidate_id: candidate.id.clone(),
                cohort_id: b.cohort_id.to_string(),
                start_date: b.start_date,
                status: EnrollmentStatus::Enrolled.as_str().into(),
                district_id: b.district_id.to_string(),
                site: clean(d.site),
                position: b.position.as_str().into(),
                employment: b.employment.as_str().into(),
                supervisor_name: clean(d.supervisor_name),
                supervisor_email: clean(d.supervisor_email),
                credential_number: clean(d.credential_number),
                credential_issued_on: d.credential_issued_on.flatten(),
                appointment_date: d.appointment_date.flatten(),
                cost_structure: b.cost_structure.as_str().into(),
                agreement_signed_on: d.agreement_signed_on.flatten(),
                employment_verified_on: d.employment_verified_on.flatten(),
                version: 1,
                created_at: at,
                updated_at: at,
            };
            enrollments::insert(c, &row)?;
            if !memberships::holds(c, &candidate.id, &program_id, Role::Candidate.as_str())? {
                memberships::insert(
                    c,
                    &MembershipRow {
                        id: new_id(),
                        user_id: candidate.id.clone(),
                        program_id: program_id.clone(),
                        role: Role::Candidate.as_str().into(),
                        district_id: None,
                        created_at: at,
                    },
                )?;
            }
            let view = enrollments::view(c, &row.id)?;
            let e = Enrollment::new(&view);
            record(
                c,
                &me,
                Some(&program_id),
                "enrollment.created",
                "enrollment",
                &row.id,
                None::<&Enrollment>,
                Some(&e),
            )?;
            Ok(view)
        })
        .await?;
    let e = Enrollment::new(&view);
    Ok(created_tagged(e.version, &e))
}
