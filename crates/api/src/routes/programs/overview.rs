use super::json::{CohortCount, ProgramOverview};
use super::record::{load, to_json};
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::routes::cohorts::record::to_json as cohort_json;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::role::Role;
use coachfolio_persistence::{cohorts, enrollments, memberships};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// Program overview for coordinators and directors
#[utoipa::path(tag = "programs", params(("program_id" = Uuid, Path)), responses((status = 200, body = ProgramOverview)))]
#[get("/programs/{program_id}/overview")]
pub async fn overview(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<ProgramOverview>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let overview = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.require(ProgramPermission::Oversee)?;
            let summary = enrollments::summary(c, id)?;
            let mut by_status = BTreeMap::new();
            let mut per_cohort = HashMap::new();
            let mut without_coach = 0;
            for s in &summary {
                *by_status.entry(s.status.as_str().to_string()).or_insert(0) += 1;
                *per_cohort.entry(s.cohort_id).or_insert(0) += 1;
                if !s.has_coach && s.status.is_active() {
                    without_coach += 1;
                }
            }
            let cohorts = cohorts::list(c, id)?
                .iter()
                .map(|row| CohortCount {
                    candidates: per_cohort.get(&row.id).copied().unwrap_or(0),
                    cohort: cohort_json(row, &loaded.context),
                })
                .collect();
            let coaches = memberships::of_program(c, id, Some(Role::Coach))?.len() as i64;
            Ok(ProgramOverview {
                program: to_json(&loaded.row, &loaded.context),
                enrollments_by_status: by_status,
                cohorts,
                coaches,
                candidates_without_coach: without_coach,
            })
        })
        .await?;
    Ok(web::Json(overview))
}
