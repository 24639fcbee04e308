use super::json::TermStatus;
use super::record::ReflectionContext;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::reflections;
use uuid::Uuid;

/// A candidate's three reflection terms: status, percent complete, due date, overdue
///
/// No reflection text: the district representative of the candidate's employer may see it too.
#[utoipa::path(tag = "reflections", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = Vec<TermStatus>)))]
#[get("/enrollments/{enrollment_id}/reflections")]
pub async fn terms(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<TermStatus>>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let context = ReflectionContext::load(c, &me, id)?;
            let rows = reflections::of_enrollment(c, id)?;
            context.terms(c, &rows)
        })
        .await?;
    Ok(web::Json(out))
}
