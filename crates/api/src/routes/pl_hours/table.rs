use super::json::{PlHoursQuery, PlHoursRow, PlHoursTable};
use super::ledger::Sources;
use crate::capabilities::{Caller, ProgramAccess};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::{enrollments, DbConnection};
use uuid::Uuid;

/// The table as `access` may see it, in a constant number of queries.
pub(crate) fn build(
    c: &mut DbConnection,
    access: &ProgramAccess,
    program_id: ProgramId,
    q: &PlHoursQuery,
) -> Result<PlHoursTable, ApiError> {
    let filter = access.report_filter(program_id, q.cohort_id.map(Into::into))?;
    let (views, _) = enrollments::list(c, &filter, 0, i64::MAX)?;
    let sources = Sources::load(c, program_id, None)?;
    let rows = views
        .iter()
        .map(|v| PlHoursRow {
            enrollment_id: v.row.id.uuid(),
            candidate: v.candidate.clone(),
            cohort_id: v.row.cohort_id.uuid(),
            cohort_label: v.cohort_label.clone(),
            district_name: v.district_name.clone(),
            status: v.row.status,
            ledger: sources.ledger(v, &sources.lines(v)),
            job_shadow_or_visit_done: sources.experience_done(v),
        })
        .collect();
    Ok(PlHoursTable { as_of: sources.program.today, rows })
}

/// The program's professional-learning hours
///
/// Every candidate's hours per program year and in total, with what is pending approval. For
/// the program's staff; a district representative sees their district's candidates.
#[utoipa::path(tag = "professional learning", params(("program_id" = Uuid, Path), PlHoursQuery), responses((status = 200, body = PlHoursTable)))]
#[get("/programs/{program_id}/professional-learning-hours")]
pub async fn table(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<PlHoursQuery>,
) -> Result<web::Json<PlHoursTable>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    let out = me.read_program(&state, id, move |c, _, access| build(c, access, id, &q)).await?;
    Ok(web::Json(out))
}
