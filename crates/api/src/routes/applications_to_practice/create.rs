use super::json::ApplicationToPractice;
use super::record::{AtpContext, AtpRecord};
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_domain::reflection::{ReflectionStatus, Term};
use coachfolio_persistence::applications_to_practice::{self as atps, NewAtp};
use coachfolio_persistence::{enrollments, reflections};
use uuid::Uuid;

/// Start the Application to Practice
///
/// For the candidate, once their interim reflection is submitted (409 naming
/// `interim_reflection` before); one per enrollment.
#[utoipa::path(tag = "applications to practice", params(("enrollment_id" = Uuid, Path)), responses((status = 201, body = ApplicationToPractice)))]
#[post("/enrollments/{enrollment_id}/application-to-practice")]
pub async fn create(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let atp = state
        .write(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let access = me.enrollment(c, &e)?;
            let interim = reflections::of_enrollment(c, id)?.into_iter().find(|r| r.term == Term::Interim);
            let context = AtpContext { access, interim: Default::default() };
            context.may_start()?;
            let Some(interim) = interim.filter(|r| r.status == ReflectionStatus::Submitted) else {
                return Err(ApiError::conflict(
                    "interim_reflection",
                    "is not submitted yet; the application is built on it",
                ));
            };
            if atps::of_enrollment(c, id)?.is_some() {
                return Err(ApiError::conflict("enrollment_id", "has an Application to Practice already"));
            }
            let row = atps::insert(c, &NewAtp::on(&interim))?;
            let context = AtpContext { interim: interim.entries.0, ..context };
            kernel::created::<AtpRecord>(c, &me, &row, &context)
        })
        .await?;
    Ok(created_tagged(atp.version, &atp))
}
