use super::CoachAssignment;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::policy::EnrollmentAccess;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::enrollments;
use uuid::Uuid;

/// An enrollment's coach assignments, newest first
#[utoipa::path(tag = "coach assignments", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = Vec<CoachAssignment>)))]
#[get("/enrollments/{enrollment_id}/coach-assignments")]
pub async fn list(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<CoachAssignment>>, ApiError> {
    let id = path.into_inner().to_string();
    let rows = state
        .read(move |c| {
            let row = enrollments::find(c, &id).map_err(|_| ApiError::not_found("enrollment"))?;
            EnrollmentAccess::load(c, &me, &row)?;
            Ok(enrollments::assignments(c, &id)?)
        })
        .await?;
    Ok(web::Json(rows.into_iter().map(|(a, u)| CoachAssignment::new(&a, u)).collect()))
}
