use super::Program;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::policy::ProgramAccess;
use crate::routes::cohorts::Cohort;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::role::Role;
use coachfolio_persistence::{cohorts, enrollments, memberships, programs};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct CohortCount {
    pub cohort: Cohort,
    pub candidates: i64,
}

/// The coordinator's program overview.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgramOverview {
    pub program: Program,
    /// Number of enrollments in each status.
    pub enrollments_by_status: BTreeMap<String, i64>,
    pub cohorts: Vec<CohortCount>,
    pub coaches: i64,
    /// Enrolled or extended candidates with no active coach.
    pub candidates_without_coach: i64,
}

/// Program overview for coordinators and directors
#[utoipa::path(tag = "programs", params(("program_id" = Uuid, Path)), responses((status = 200, body = ProgramOverview)))]
#[get("/programs/{program_id}/overview")]
pub async fn overview(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
) -> Result<web::Json<ProgramOverview>, ApiError> {
    let id = path.into_inner().to_string();
    let overview = state
        .read(move |c| {
            ProgramAccess::load(c, &me, &id)?.require_oversee()?;
            let program = Program::try_from(&programs::find(c, &id)?)?;
            let summary = enrollments::summary(c, &id)?;
            let mut by_status = BTreeMap::new();
            let mut per_cohort: BTreeMap<String, i64> = BTreeMap::new();
            let mut without_coach = 0;
            for s in &summary {
                *by_status.entry(s.status.clone()).or_insert(0) += 1;
                *per_cohort.entry(s.cohort_id.clone()).or_insert(0) += 1;
                if !s.has_coach && matches!(s.status.as_str(), "enrolled" | "extended") {
                    without_coach += 1;
                }
            }
            let cohorts = cohorts::list(c, &id)?
                .iter()
                .map(|row| CohortCount {
                    candidates: per_cohort.get(&row.id).copied().unwrap_or(0),
                    cohort: Cohort::from(row),
                })
                .collect();
            let coaches = memberships::of_program(c, &id, Some(Role::Coach.as_str()))?.len() as i64;
            Ok(ProgramOverview {
                program,
                enrollments_by_status: by_status,
                cohorts,
                coaches,
                candidates_without_coach: without_coach,
            })
        })
        .await?;
    Ok(web::Json(overview))
}
