use super::json::{CoachAssignment, NewCoachAssignment};
use crate::audit;
use crate::body::Body;
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::policy::EnrollmentAccess;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::ids::{EnrollmentId, UserId};
use coachfolio_domain::role::Role;
use coachfolio_domain::user::identity_key;
use coachfolio_persistence::enrollments::{self, AssignmentRow};
use coachfolio_persistence::{memberships, users};
use uuid::Uuid;

/// Assign a coach to a candidate
///
/// A candidate has at most one active coach (end the current assignment first: 409), and a
/// coach may not be the candidate's direct supervisor (422).
#[utoipa::path(tag = "coach assignments", request_body = NewCoachAssignment, params(("enrollment_id" = Uuid, Path)), responses((status = 201, body = CoachAssignment)))]
#[post("/enrollments/{enrollment_id}/coach-assignments")]
pub async fn create(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    body: Body<NewCoachAssignment>,
) -> Result<HttpResponse, ApiError> {
    let enrollment_id = EnrollmentId::from(path.into_inner());
    let b = body.0;
    let assignment = state
        .write(move |c| {
            let e = enrollments::find(c, enrollment_id).or_not_found("enrollment")?;
            EnrollmentAccess::load(c, &me, &e)?.require_manage()?;
            if !matches!(e.status, EnrollmentStatus::Applied | EnrollmentStatus::Enrolled | EnrollmentStatus::Extended)
            {
                return Err(ApiError::invalid(
                    "enrollment_id",
                    format!("a {} candidate cannot be assigned a coach", e.status),
                ));
            }
            let coach_id = UserId::from(b.coach_id);
            if !memberships::holds(c, coach_id, e.program_id, Role::Coach)? {
                return Err(ApiError::invalid("coach_id", "is not a coach in this program"));
            }
            let coach = users::find(c, coach_id)?;
            if coach.id == e.candidate_id {
                return Err(ApiError::invalid("coach_id", "a candidate cannot coach themself"));
            }
            let supervisor = e.details.supervisor_email.as_deref().map(identity_key);
            if supervisor.as_deref() == Some(coach.email_key.as_str()) {
                return Err(ApiError::invalid(
                    "coach_id",
                    "is the candidate's direct supervisor, who may not be their coach",
                ));
            }
            if b.start_date < e.start_date {
                return Err(ApiError::invalid("start_date", "is before the enrollment starts"));
            }
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
            let row = AssignmentRow::new(enrollment_id, coach_id, b.start_date);
            enrollments::insert_assignment(c, &row)?;
            let a = CoachAssignment::new(&row, coach.to_ref());
            let change = audit::Change {
                program_id: Some(e.program_id),
                action: "coach_assignment.created",
                entity: "coach_assignment",
                entity_id: row.id.to_string(),
            };
            audit::record(c, &me, change, None::<&CoachAssignment>, Some(&a))?;
            Ok(a)
        })
        .await?;
    Ok(HttpResponse::Created().json(assignment))
}
