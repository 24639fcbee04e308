use super::CoachAssignment;
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::policy::EnrollmentAccess;
use crate::routes::record;
use crate::state::AppState;
use actix_web::{post, web};
use coachfolio_persistence::{enrollments, users};
use serde::Deserialize;
use time::Date;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EndAssignment {
    pub end_date: Date,
}

/// End a coach assignment
///
/// The coach keeps read-only access to the candidate's records from the time they coached.
#[utoipa::path(tag = "coach assignments", request_body = EndAssignment, params(("assignment_id" = Uuid, Path)), responses((status = 200, body = CoachAssignment)))]
#[post("/coach-assignments/{assignment_id}/end")]
pub async fn end(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    body: Body<EndAssignment>,
) -> Result<web::Json<CoachAssignment>, ApiError> {
    let id = path.into_inner().to_string();
    let end_date = body.0.end_date;
    let assignment = state
        .write(move |c| {
            let a = enrollments::find_assignment(c, &id).map_err(|_| ApiError::not_found("coach assignment"))?;
            let e = enrollments::find(c, &a.enrollment_id)?;
            EnrollmentAccess::load(c, &me, &e)
                .map_err(|_| ApiError::not_found("coach assignment"))?
                .require_manage()?;
            let coach = users::find(c, &a.coach_id)?.to_ref();
            let before = CoachAssignment::new(&a, coach.clone());
            if a.end_date.is_some() {
                return Err(ApiError::conflict("end_date", "this assignment has already ended"));
            }
            if end_date < a.start_date {
                return Err(ApiError::invalid("end_date", "is before the assignment started"));
            }
            if !enrollments::end_assignment(c, &id, end_date)? {
                return Err(ApiError::conflict("end_date", "this assignment has already ended"));
            }
            let after = CoachAssignment::new(&enrollments::find_assignment(c, &id)?, coach);
            record(
                c,
                &me,
                Some(&e.program_id),
                "coach_assignment.ended",
                "coach_assignment",
                &id,
                Some(&before),
                Some(&after),
            )?;
            Ok(after)
        })
        .await?;
    Ok(web::Json(assignment))
}
