use super::json::{CoachAssignment, EndAssignment};
use super::record::audit_change;
use crate::body::Body;
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{post, web};
use coachfolio_domain::ids::AssignmentId;
use coachfolio_persistence::{enrollments, users};
use uuid::Uuid;

/// End a coach assignment
///
/// The coach keeps read-only access to the candidate's records from the time they coached.
#[utoipa::path(tag = "coach assignments", request_body = EndAssignment, params(("assignment_id" = Uuid, Path)), responses((status = 200, body = CoachAssignment)))]
#[post("/coach-assignments/{assignment_id}/end")]
pub async fn end(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<EndAssignment>,
) -> Result<web::Json<CoachAssignment>, ApiError> {
    let id = AssignmentId::from(path.into_inner());
    let end_date = body.0.end_date;
    let assignment = state
        .write(move |c| {
            let a = enrollments::find_assignment(c, id).or_not_found("coach assignment")?;
            let e = enrollments::find(c, a.enrollment_id)?;
            me.enrollment(c, &e)
                .map_err(|_| ApiError::not_found("coach assignment"))?
                .require(EnrollmentPermission::Change)?;
            let coach = users::ref_of(c, a.coach_id)?;
            let before = CoachAssignment::new(&a, coach.clone());
            if a.end_date.is_some() {
                return Err(ApiError::conflict("end_date", "this assignment has already ended"));
            }
            if end_date < a.start_date {
                return Err(ApiError::invalid("end_date", "is before the assignment started"));
            }
            if !enrollments::end_assignment(c, id, end_date)? {
                return Err(ApiError::conflict("end_date", "this assignment has already ended"));
            }
            let row = enrollments::find_assignment(c, id)?;
            let after = CoachAssignment::new(&row, coach);
            audit_change(c, &me, &e, &row, Some(&before), &after)?;
            Ok(after)
        })
        .await?;
    Ok(web::Json(assignment))
}
