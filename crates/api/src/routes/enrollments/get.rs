use super::Enrollment;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::policy::EnrollmentAccess;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_persistence::enrollments;
use uuid::Uuid;

/// Get an enrollment
///
/// For the candidate, their coaches (current and former), the program's coordinators and
/// director, and a representative of the employing district.
#[utoipa::path(tag = "enrollments", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = Enrollment)))]
#[get("/enrollments/{enrollment_id}")]
pub async fn get(state: web::Data<AppState>, me: CurrentUser, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let view = state
        .read(move |c| {
            let row = enrollments::find(c, &id).map_err(|_| ApiError::not_found("enrollment"))?;
            EnrollmentAccess::load(c, &me, &row)?;
            Ok(enrollments::view(c, &id)?)
        })
        .await?;
    let e = Enrollment::new(&view);
    Ok(ok_tagged(e.version, &e))
}
