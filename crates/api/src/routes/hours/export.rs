use super::json::{HoursQuery, HoursTable};
use super::ledger::table as hours_table;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::spreadsheet::{download, hm, yes_no, Sheet};
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::ProgramId;
use uuid::Uuid;

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The table as CSV: one line per candidate and program year, the year's twelve months as
/// columns, named by month when every line's year starts in the same month (one cohort), by
/// position otherwise.
pub fn render(t: &HoursTable) -> Result<String, ApiError> {
    let lines: Vec<_> = t.rows.iter().flat_map(|r| r.ledger.ledger.years.iter().map(move |y| (r, y))).collect();
    let month_of_year = |m: &str| m.get(5..7).and_then(|mm| mm.parse::<usize>().ok()).unwrap_or(1);
    let first: Vec<usize> =
        lines.first().map(|(_, y)| y.months.iter().map(|m| month_of_year(&m.month)).collect()).unwrap_or_default();
    let same = !first.is_empty()
        && lines.iter().all(|(_, y)| y.months.iter().map(|m| month_of_year(&m.month)).eq(first.iter().copied()));
    let mut w = Sheet::new();
    let mut head: Vec<String> =
        ["Candidate", "Username", "Cohort", "Status", "Program year"].map(String::from).to_vec();
    head.extend((0..12).map(|i| if same { MONTHS[first[i] - 1].to_string() } else { format!("Month {}", i + 1) }));
    head.extend(
        [
            "Year total",
            "Required",
            "Meets year",
            "Face-to-face",
            "System of support",
            "Sessions",
            "Months below minimum",
        ]
        .map(String::from),
    );
    w.line(&head)?;
    for (r, y) in lines {
        let mut line = vec![
            r.candidate.display_name.clone(),
            r.candidate.username.clone(),
            r.cohort_label.clone(),
            r.status.as_str().to_string(),
            y.year.to_string(),
        ];
        line.extend(y.months.iter().map(|m| hm(m.minutes)));
        line.extend([
            hm(y.minutes),
            hm(r.ledger.ledger.yearly_required_minutes),
            yes_no(y.meets_hours).into(),
            hm(y.face_to_face_minutes),
            hm(y.system_of_support_minutes),
            y.sessions.to_string(),
            y.months.iter().filter(|m| m.below_minimum).map(|m| m.month.as_str()).collect::<Vec<_>>().join(" "),
        ]);
        w.line(&line)?;
    }
    w.finish()
}

/// The program's coaching hours table as CSV
#[utoipa::path(tag = "hours", params(("program_id" = Uuid, Path), HoursQuery),
    responses((status = 200, description = "One line per candidate and program year", content_type = "text/csv", body = String)))]
#[get("/programs/{program_id}/hours.csv")]
pub async fn export_csv(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<HoursQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    let table = me.read_program(&state, id, move |c, _, access| hours_table(c, access, id, &q)).await?;
    Ok(download(&format!("coaching-hours-{}.csv", table.as_of), render(&table)?))
}
