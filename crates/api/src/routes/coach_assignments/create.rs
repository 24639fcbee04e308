use super::json::{CoachAssignment, NewCoachAssignment};
use super::record::{audit_change, check_coach};
use crate::body::Body;
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::{EnrollmentId, UserId};
use coachfolio_persistence::enrollments::{self, AssignmentRow};
use uuid::Uuid;

/// Assign a coach to a candidate
///
/// A candidate has at most one active coach (end the current assignment first: 409), and a
/// coach may not be the candidate's direct supervisor (422).
#[utoipa::path(tag = "coach assignments", request_body = NewCoachAssignment, params(("enrollment_id" = Uuid, Path)), responses((status = 201, body = CoachAssignment)))]
#[post("/enrollments/{enrollment_id}/coach-assignments")]
pub async fn create(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewCoachAssignment>,
) -> Result<HttpResponse, ApiError> {
    let enrollment_id = EnrollmentId::from(path.into_inner());
    let b = body.0;
    let assignment = state
        .write(move |c| {
            let e = enrollments::find(c, enrollment_id).or_not_found("enrollment")?;
            me.enrollment(c, &e)?.require(EnrollmentPermission::Change)?;
            let coach = check_coach(c, &e, UserId::from(b.coach_id), b.start_date, ("coach_id", "start_date"))?;
            let history = enrollments::assignments(c, enrollment_id)?;
            if let Some((_, current)) = history.iter().find(|(a, _)| a.end_date.is_none()) {
                return Err(ApiError::conflict(
                    "coach_id",
                    format!(
                        "the candidate already has an active coach ({}); end that assignment first",
                        current.display_name
                    ),
                ));
            }
            let row = AssignmentRow::new(enrollment_id, coach.id, b.start_date);
            enrollments::insert_assignment(c, &row)?;
            let a = CoachAssignment::new(&row, coach.to_ref());
            audit_change(c, &me, &e, &row, None, &a)?;
            Ok(a)
        })
        .await?;
    Ok(HttpResponse::Created().json(assignment))
}
