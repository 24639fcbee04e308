use super::json::ApplicationToPractice;
use super::record::{load, AtpRecord};
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::{ApiError, OrNotFound};
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::applications_to_practice as atps;
use coachfolio_persistence::enrollments;
use uuid::Uuid;

/// A candidate's Application to Practice (404 until it is started)
#[utoipa::path(tag = "applications to practice", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = ApplicationToPractice)))]
#[get("/enrollments/{enrollment_id}/application-to-practice")]
pub async fn of_enrollment(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let reads = state.reads.clone();
    let atp = state
        .read(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            me.enrollment(c, &e)?.require(EnrollmentPermission::ReadRecords)?;
            let row = atps::of_enrollment(c, id)?.ok_or_else(|| ApiError::not_found("Application to Practice"))?;
            let loaded = load(c, &me, row.id)?;
            reads.read(me.id(), AtpRecord::ENTITY, [(row.program_id, row.id.to_string())]);
            AtpRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(atp.version, &atp))
}
