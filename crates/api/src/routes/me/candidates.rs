use crate::capabilities::{Caller, EnrollmentAccess, Relation};
use crate::error::ApiError;
use crate::routes::coach_assignments::json::CoachAssignment;
use crate::routes::enrollments::json::Enrollment;
use crate::routes::enrollments::record::to_json;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::enrollments::{self, Filter};
use serde::Serialize;
use std::collections::HashMap;
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
    me: Caller,
) -> Result<web::Json<Vec<CoachedCandidate>>, ApiError> {
    let coach = me.user.to_ref();
    let coach_id = me.id();
    let caller = me.clone();
    let (assignments, views, access) = state
        .read(move |c| {
            let assignments = enrollments::assignments_of_coach(c, coach_id)?;
            let ids: Vec<_> = assignments.iter().map(|a| a.enrollment_id).collect();
            let filter = Filter { ids: Some(ids), ..Default::default() };
            let (views, _) = enrollments::list(c, &filter, 0, i64::MAX)?;
            let mut access = HashMap::new();
            for v in &views {
                if let std::collections::hash_map::Entry::Vacant(slot) = access.entry(v.row.program_id) {
                    slot.insert(caller.program(c, v.row.program_id)?);
                }
            }
            Ok((assignments, views, access))
        })
        .await?;
    let mut out: Vec<CoachedCandidate> = assignments
        .iter()
        .filter_map(|a| {
            let v = views.iter().find(|v| v.row.id == a.enrollment_id)?;
            Some(CoachedCandidate {
                enrollment: to_json(
                    v,
                    EnrollmentAccess::listed(
                        &access[&v.row.program_id],
                        &me,
                        v.row.candidate_id,
                        if a.end_date.is_none() { Relation::Coach } else { Relation::FormerCoach },
                    ),
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
