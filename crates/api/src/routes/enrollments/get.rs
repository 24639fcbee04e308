use super::json::Enrollment;
use super::record::EnrollmentRecord;
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::enrollments;
use uuid::Uuid;

/// Get an enrollment
///
/// For the candidate, their coaches (current and former), the program's coordinators and
/// director, and a representative of the employing district.
#[utoipa::path(tag = "enrollments", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = Enrollment)))]
#[get("/enrollments/{enrollment_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let e = state
        .read(move |c| {
            let row = enrollments::find(c, id).or_not_found("enrollment")?;
            let access = me.enrollment(c, &row)?;
            EnrollmentRecord::view(c, &row, &access)
        })
        .await?;
    Ok(ok_tagged(e.version, &e))
}
