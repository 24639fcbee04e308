use super::json::Experience;
use super::record::{to_json, ExperienceContext, ExperienceRecord};
use crate::capabilities::{Caller, EnrollmentPermission, Reach};
use crate::error::{ApiError, OrNotFound};
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::documents::{self, AttachedTo};
use coachfolio_persistence::{enrollments, job_shadows, users};
use uuid::Uuid;

/// A candidate's job shadows and school visits, latest first
///
/// Confidential like ILPs; every summary returned is recorded as read.
#[utoipa::path(tag = "job shadows and visits", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = Vec<Experience>)))]
#[get("/enrollments/{enrollment_id}/job-shadows-and-visits")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<Experience>>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let context = ExperienceContext::load(c, &me, e)?;
            context.access.require(EnrollmentPermission::ReadRecords)?;
            let reach = Reach::load(c, &me, context.access, id)?;
            let rows: Vec<_> = job_shadows::of_enrollment(c, id)?.into_iter().filter(|r| reach.covers(r)).collect();
            reads.read(me.id(), ExperienceRecord::ENTITY, rows.iter().map(|r| (r.program_id, r.id.to_string())));
            let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
            let docs = documents::attached_to(c, AttachedTo::Experience(&ids))?;
            let candidate = users::ref_of(c, context.enrollment.candidate_id)?;
            Ok(rows.iter().map(|r| to_json(r, &docs, candidate.clone(), &context)).collect())
        })
        .await?;
    Ok(web::Json(out))
}
