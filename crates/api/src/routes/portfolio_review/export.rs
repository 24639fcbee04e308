use super::json::{PortfolioReview, ReviewQuery};
use super::table::build;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::spreadsheet::{download, Sheet};
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::completion::CompletionItem;
use coachfolio_domain::ids::ProgramId;
use uuid::Uuid;

/// The review as CSV: one line per candidate, a column per flag and per completion item.
pub fn render(t: &PortfolioReview) -> Result<String, ApiError> {
    let mut w = Sheet::new();
    let mut header: Vec<String> =
        ["Candidate", "Username", "Cohort", "District", "Coach", "Status", "Program year", "Follow up", "Items met"]
            .map(String::from)
            .to_vec();
    header.extend(CompletionItem::form().map(|i| i.as_str().to_string()));
    w.line(header)?;
    for r in &t.rows {
        let mut line = vec![
            r.candidate.display_name.clone(),
            r.candidate.username.clone(),
            r.cohort_label.clone(),
            r.district_name.clone(),
            r.coach.as_ref().map(|c| c.display_name.clone()).unwrap_or_default(),
            r.status.as_str().into(),
            r.program_year.map(|y| y.to_string()).unwrap_or_default(),
            r.flags.iter().map(|f| format!("{}: {}", f.flag, f.detail)).collect::<Vec<_>>().join("; "),
            r.items_met.to_string(),
        ];
        line.extend(r.items.iter().map(|i| i.state.as_str().to_string()));
        w.line(line)?;
    }
    w.finish()
}

/// The program's portfolio review as CSV
#[utoipa::path(tag = "portfolio review", params(("program_id" = Uuid, Path), ReviewQuery),
    responses((status = 200, description = "One line per candidate", content_type = "text/csv", body = String)))]
#[get("/programs/{program_id}/portfolio-review.csv")]
pub async fn export_csv(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<ReviewQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    let review = me.read_program(&state, id, move |c, _, access| build(c, access, id, &q)).await?;
    Ok(download(&format!("portfolio-review-{}.csv", review.as_of), render(&review)?))
}
