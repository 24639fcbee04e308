use super::json::Roster;
use super::record::{load, RosterRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::kernel::Record;
use crate::spreadsheet::{download, Sheet};
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::RosterId;
use uuid::Uuid;

/// The roster as the credential office's CSV: one line per candidate.
pub fn render(r: &Roster) -> Result<String, ApiError> {
    let mut w = Sheet::new();
    w.line(["Candidate", "Email", "Credential number", "District", "Cohort", "Program start", "Completed on"])?;
    for c in &r.candidates {
        w.line([
            c.candidate.display_name.clone(),
            c.candidate.email.clone(),
            c.credential_number.clone().unwrap_or_default(),
            c.district_name.clone(),
            c.cohort_label.clone(),
            c.start_date.to_string(),
            c.completed_on.map(|d| d.to_string()).unwrap_or_default(),
        ])?;
    }
    w.finish()
}

/// A completion roster as CSV (the CASC Completion Candidate Roster)
#[utoipa::path(tag = "completion rosters", params(("roster_id" = Uuid, Path)),
    responses((status = 200, description = "One line per candidate", content_type = "text/csv", body = String)))]
#[get("/completion-rosters/{roster_id}/roster.csv")]
pub async fn export_csv(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = RosterId::from(path.into_inner());
    let roster = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            RosterRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    let name = format!("completion-roster-{}.csv", roster.created_at.date());
    Ok(download(&name, render(&roster)?))
}
