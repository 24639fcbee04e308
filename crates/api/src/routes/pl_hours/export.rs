use super::json::{PlHoursQuery, PlHoursTable};
use super::table::build;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::spreadsheet::{download, hm, yes_no, Sheet};
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::ProgramId;
use uuid::Uuid;

/// The table as CSV: one line per candidate and program year.
pub fn render(t: &PlHoursTable) -> Result<String, ApiError> {
    let mut w = Sheet::new();
    w.line([
        "Candidate",
        "Username",
        "Cohort",
        "District",
        "Status",
        "Program year",
        "PL days attended",
        "PL days counted",
        "Set aside by the cap",
        "Alternative PL",
        "Application to Practice",
        "Counted",
        "Pending approval",
        "Required",
        "Remaining",
        "Program total",
        "Program total met",
        "Job shadow or visit",
    ])?;
    for r in &t.rows {
        for y in &r.ledger.years {
            w.line([
                r.candidate.display_name.clone(),
                r.candidate.username.clone(),
                r.cohort_label.clone(),
                r.district_name.clone(),
                r.status.as_str().into(),
                y.year.to_string(),
                hm(y.program_event_minutes),
                hm(y.program_event_counted_minutes),
                hm(y.set_aside_minutes),
                hm(y.alternative_minutes),
                hm(y.application_to_practice_minutes),
                hm(y.counted_minutes),
                hm(y.pending_minutes),
                hm(y.required_minutes),
                hm(y.remaining_minutes),
                hm(r.ledger.counted_minutes),
                yes_no(r.ledger.meets_total).into(),
                yes_no(r.job_shadow_or_visit_done).into(),
            ])?;
        }
    }
    w.finish()
}

/// The program's professional-learning hours as CSV
#[utoipa::path(tag = "professional learning", params(("program_id" = Uuid, Path), PlHoursQuery),
    responses((status = 200, description = "One line per candidate and program year", content_type = "text/csv", body = String)))]
#[get("/programs/{program_id}/professional-learning-hours.csv")]
pub async fn export_csv(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<PlHoursQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    let table = me.read_program(&state, id, move |c, _, access| build(c, access, id, &q)).await?;
    Ok(download(&format!("professional-learning-hours-{}.csv", table.as_of), render(&table)?))
}
