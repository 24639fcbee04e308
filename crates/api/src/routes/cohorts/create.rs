use super::json::{Cohort, NewCohort};
use super::record::{check, CohortRecord};
use crate::body::Body;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::{cohorts, programs};
use uuid::Uuid;

/// Create a cohort
#[utoipa::path(tag = "cohorts", request_body = NewCohort, params(("program_id" = Uuid, Path)), responses((status = 201, body = Cohort)))]
#[post("/programs/{program_id}/cohorts")]
pub async fn create(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewCohort>,
) -> Result<HttpResponse, ApiError> {
    let program_id = ProgramId::from(path.into_inner());
    let b = body.0;
    let cohort = state
        .write(move |c| {
            let access = me.program(c, program_id)?;
            access.require(ProgramPermission::Manage)?;
            let years = match b.program_years {
                Some(y) => y,
                None => programs::find(c, program_id)?.settings.program_years as i32,
            };
            let new = cohorts::NewCohort::new(program_id, &b.label, b.start_date, years);
            check(c, program_id, new.id, &new.label, years)?;
            let row = cohorts::insert(c, &new)?;
            kernel::created::<CohortRecord>(c, &me, &row, &access)
        })
        .await?;
    Ok(created_tagged(cohort.version, &cohort))
}
