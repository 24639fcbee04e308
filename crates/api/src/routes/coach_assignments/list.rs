use super::json::CoachAssignment;
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::enrollments;
use uuid::Uuid;

/// An enrollment's coach assignments, newest first
#[utoipa::path(tag = "coach assignments", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = Vec<CoachAssignment>)))]
#[get("/enrollments/{enrollment_id}/coach-assignments")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<CoachAssignment>>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let rows = state
        .read(move |c| {
            let row = enrollments::find(c, id).or_not_found("enrollment")?;
            me.enrollment(c, &row)?;
            Ok(enrollments::assignments(c, id)?)
        })
        .await?;
    Ok(web::Json(rows.into_iter().map(|(a, u)| CoachAssignment::new(&a, u)).collect()))
}
