use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::policy::EnrollmentAccess;
use crate::routes::coach_assignments::json::CoachAssignment;
use crate::routes::enrollments::json::Enrollment;
use crate::routes::enrollments::record::{actions, to_json};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::enrollments::{self, Filter};
use serde::Serialize;
use utoipa::ToSchema;

/// One of a coach's candidates and the assignment that makes them so.
#[derive(Debug, Serialize, ToSchema)]
pub struct CoachedCandidate {
    pub enrollment: Enrollment,
    /// `active: false`: a former candidate, read-only.
    pub assignment: CoachAssignment,
}

/// Your candidates as a coach, current first
#[utoipa::path(tag = "me", responses((status = 200, body = Vec<CoachedCandidate>)))]
#[get("/me/candidates")]
pub async fn my_candidates(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<web::Json<Vec<CoachedCandidate>>, ApiError> {
    let coach = me.user.to_ref();
    let coach_id = me.id();
    let (assignments, views) = state
        .read(move |c| {
            let assignments = enrollments::assignments_of_coach(c, coach_id)?;
            let ids: Vec<_> = assignments.iter().map(|a| a.enrollment_id).collect();
            let filter = Filter { ids: Some(ids), ..Default::default() };
            let (views, _) = enrollments::list(c, &filter, 0, i64::MAX)?;
            Ok((assignments, views))
        })
        .await?;
    let mut out: Vec<CoachedCandidate> = assignments
        .iter()
        .filter_map(|a| {
            let v = views.iter().find(|v| v.row.id == a.enrollment_id)?;
            Some(CoachedCandidate {
                enrollment: to_json(
                    v,
                    actions(if a.end_date.is_none() { EnrollmentAccess::Coach } else { EnrollmentAccess::FormerCoach }),
                ),
                assignment: CoachAssignment::new(a, coach.clone()),
            })
        })
        .collect();
    // Several past assignments to one candidate show once, by the latest.
    out.dedup_by(|a, b| a.enrollment.id == b.enrollment.id);
    out.sort_by(|a, b| {
        b.assignment
            .active
            .cmp(&a.assignment.active)
            .then_with(|| a.enrollment.candidate.display_name.cmp(&b.enrollment.candidate.display_name))
    });
    Ok(web::Json(out))
}
