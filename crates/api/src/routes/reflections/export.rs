use super::json::{ProgramReflections, ProgramReflectionsQuery};
use super::roster::roster;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::spreadsheet::{download, Sheet};
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::ProgramId;
use uuid::Uuid;

/// The view as CSV: one line per candidate, each term's status and percent, and the plans.
pub fn render(v: &ProgramReflections) -> Result<String, ApiError> {
    let mut w = Sheet::new();
    let mut head: Vec<String> = ["Candidate", "Username", "Cohort", "Status"].map(String::from).to_vec();
    for t in ["Initial", "Interim", "Ending"] {
        head.extend([format!("{t} status"), format!("{t} %"), format!("{t} due"), format!("{t} overdue")]);
    }
    head.extend(
        ["Elements at meets or above (latest)", "ILPs", "ILPs active", "ILPs completed", "Standards addressed"]
            .map(String::from),
    );
    w.line(&head)?;
    for r in &v.rows {
        let mut line = vec![r.candidate.display_name.clone(), r.candidate.username.clone(), r.cohort_label.clone()];
        line.push(r.status.as_str().into());
        for t in &r.terms {
            line.extend([
                t.status.clone(),
                t.percent_complete.to_string(),
                t.due_date.to_string(),
                t.overdue.to_string(),
            ]);
        }
        line.push(r.latest_meets_elements.map(|m| format!("{m}/{}", v.element_count)).unwrap_or_default());
        line.extend([r.ilps.plans, r.ilps.active, r.ilps.completed, r.ilps.standards_addressed].map(|n| n.to_string()));
        w.line(&line)?;
    }
    w.finish()
}

/// The program's reflections and ILPs as CSV
#[utoipa::path(tag = "reflections", params(("program_id" = Uuid, Path), ProgramReflectionsQuery),
    responses((status = 200, description = "CSV, one line per candidate", content_type = "text/csv", body = String)))]
#[get("/programs/{program_id}/reflections.csv")]
pub async fn export_csv(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<ProgramReflectionsQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    let view = me.read_program(&state, id, move |c, _, access| roster(c, access, id, &q)).await?;
    Ok(download(&format!("reflections-{}.csv", view.as_of), render(&view)?))
}
