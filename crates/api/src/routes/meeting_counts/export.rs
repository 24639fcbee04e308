use super::counts::table as build;
use super::json::{MeetingCountsQuery, MeetingCountsTable};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::spreadsheet::{download, hm, yes_no, Sheet};
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::attendance::Tally;
use coachfolio_domain::ids::ProgramId;
use uuid::Uuid;

/// "2 of 3" with "(1 made up)" when some were.
fn tally(t: &Tally) -> String {
    match t.made_up {
        0 => format!("{} of {}", t.counted, t.required),
        n => format!("{} of {} ({n} made up)", t.counted, t.required),
    }
}

/// The counts as CSV: one line per candidate and program year, then one per coach and school
/// year.
pub fn render(t: &MeetingCountsTable) -> Result<String, ApiError> {
    let mut w = Sheet::new();
    w.line([
        "Candidate",
        "Username",
        "Cohort",
        "District",
        "Status",
        "Program year",
        "Orientation",
        "Cohort meetings",
        "Cohort meetings offered",
        "End-of-year meeting",
        "PL event hours",
        "Cohort meetings over the program",
        "All meetings met",
    ])?;
    for l in &t.candidates {
        for y in &l.counts.years {
            w.line([
                l.candidate.display_name.clone(),
                l.candidate.username.clone(),
                l.cohort_label.clone(),
                l.district_name.clone(),
                l.status.as_str().into(),
                y.year.to_string(),
                y.orientation.as_ref().map(tally).unwrap_or_default(),
                tally(&y.cohort_meetings),
                y.cohort_meetings.offered.to_string(),
                tally(&y.end_of_year),
                hm(y.pl_event_minutes),
                tally(&l.counts.cohort_meetings_total),
                yes_no(l.counts.met).into(),
            ])?;
        }
    }
    if !t.coaches.is_empty() {
        w.line(["Coach", "Username", "School year", "Coach meetings", "Coach meetings offered", "2-day training"])?;
        for l in &t.coaches {
            for y in &l.counts.years {
                w.line([
                    l.coach.display_name.clone(),
                    l.coach.username.clone(),
                    format!("{}–{:02}", y.school_year, (y.school_year + 1) % 100),
                    tally(&y.coach_meetings),
                    y.coach_meetings.offered.to_string(),
                    yes_no(l.counts.training.met).into(),
                ])?;
            }
        }
    }
    w.finish()
}

/// The program's meeting counts as CSV
#[utoipa::path(tag = "attendance", params(("program_id" = Uuid, Path), MeetingCountsQuery),
    responses((status = 200, description = "One line per candidate and program year, then per coach and school year", content_type = "text/csv", body = String)))]
#[get("/programs/{program_id}/meeting-counts.csv")]
pub async fn counts_csv(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<MeetingCountsQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    let table = me.read_program(&state, id, move |c, me, access| build(c, me, access, id, &q)).await?;
    Ok(download(&format!("meeting-counts-{}.csv", table.as_of), render(&table)?))
}
