use super::{check_years, Cohort};
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::policy::ProgramAccess;
use crate::routes::record;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::cohorts::{self, CohortRow};
use coachfolio_persistence::{new_id, now, programs};
use serde::Deserialize;
use time::Date;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCohort {
    #[schema(min_length = 1, max_length = 100)]
    pub label: String,
    pub start_date: Date,
    /// Defaults to the program's setting.
    #[schema(minimum = 1, maximum = 10)]
    pub program_years: Option<i32>,
}

/// Create a cohort
#[utoipa::path(tag = "cohorts", request_body = NewCohort, params(("program_id" = Uuid, Path)), responses((status = 201, body = Cohort)))]
#[post("/programs/{program_id}/cohorts")]
pub async fn create(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    body: Body<NewCohort>,
) -> Result<HttpResponse, ApiError> {
    let program_id = path.into_inner().to_string();
    let b = body.0;
    let cohort = state
        .write(move |c| {
            ProgramAccess::load(c, &me, &program_id)?.require_manage()?;
            let program = programs::find(c, &program_id)?;
            let years = b.program_years.unwrap_or(program.settings()?.program_years as i32);
            let mut errors = Vec::new();
            check_text("label", &b.label, 100, &mut errors);
            check_years(years, &mut errors);
            Invalid::check(errors)?;
            let label = b.label.trim().to_string();
            if cohorts::label_taken(c, &program_id, &label, None)? {
                return Err(ApiError::conflict("label", "is already used by another cohort of this program"));
            }
            let at = now();
            let row = CohortRow {
                id: new_id(),
                program_id: program_id.clone(),
                label,
                start_date: b.start_date,
                program_years: years,
                version: 1,
                created_at: at,
                updated_at: at,
            };
            cohorts::insert(c, &row)?;
            let cohort = Cohort::from(&row);
            record(c, &me, Some(&program_id), "cohort.created", "cohort", &row.id, None::<&Cohort>, Some(&cohort))?;
            Ok(cohort)
        })
        .await?;
    Ok(created_tagged(cohort.version, &cohort))
}
