use super::json::{Receivables, ReceivablesQuery};
use super::receivables::build;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::spreadsheet::{download, Sheet};
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::fees::dollars;
use coachfolio_domain::ids::ProgramId;
use uuid::Uuid;

/// The receivables as CSV: one line per candidate, overdue first.
pub fn render(t: &Receivables) -> Result<String, ApiError> {
    let mut w = Sheet::new();
    w.line([
        "Candidate",
        "Username",
        "Cohort",
        "District",
        "Status",
        "Cost structure",
        "Paid by",
        "Program fee",
        "Paid",
        "Balance",
        "Overdue",
        "Agency balance",
        "Candidate balance",
        "Next due",
    ])?;
    for r in &t.rows {
        w.line([
            r.candidate.display_name.clone(),
            r.candidate.username.clone(),
            r.cohort_label.clone(),
            r.district_name.clone(),
            r.status.as_str().into(),
            r.cost_structure.as_str().into(),
            r.payer.as_str().into(),
            dollars(r.total_cents),
            dollars(r.paid_cents),
            dollars(r.balance_cents),
            dollars(r.overdue_cents),
            dollars(r.agency_balance_cents),
            dollars(r.candidate_balance_cents),
            r.next_due_on.map(|d| d.to_string()).unwrap_or_default(),
        ])?;
    }
    w.finish()
}

/// The program's receivables as CSV
#[utoipa::path(tag = "fees", params(("program_id" = Uuid, Path), ReceivablesQuery),
    responses((status = 200, description = "One line per candidate, overdue first", content_type = "text/csv", body = String)))]
#[get("/programs/{program_id}/receivables.csv")]
pub async fn export_csv(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<ReceivablesQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    let table = me.read_program(&state, id, move |c, _, access| build(c, access, id, &q)).await?;
    Ok(download(&format!("receivables-{}.csv", table.as_of), render(&table)?))
}
