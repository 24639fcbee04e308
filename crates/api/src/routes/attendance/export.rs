use super::json::AttendanceSheet;
use super::record::{load_sheet, sheet};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::spreadsheet::{download, hm, yes_no, Sheet};
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::EventId;
use uuid::Uuid;

/// The sheet as CSV: one line per person.
pub fn render(s: &AttendanceSheet) -> Result<String, ApiError> {
    let mut w = Sheet::new();
    w.line([
        "Name",
        "Username",
        "Email",
        "Registration",
        "Attendance",
        "Walk-in",
        "Hours credited",
        "Made up on",
        "Make-up",
        "Note",
    ])?;
    for l in &s.lines {
        let a = l.attendance.as_ref();
        let makeup = a.and_then(|a| a.makeup.as_ref());
        w.line([
            l.person.display_name.as_str(),
            &l.person.username,
            &l.person.email,
            l.registration_state.map_or("not registered", |r| r.as_str()),
            a.map_or("unmarked", |a| a.status.as_str()),
            yes_no(a.is_some_and(|a| a.walk_in)),
            &a.map_or(String::new(), |a| hm(a.credited_minutes)),
            &makeup.map_or(String::new(), |m| m.date.to_string()),
            &makeup.map_or(String::new(), |m| m.event_title.clone().unwrap_or_else(|| m.note.clone())),
            a.map_or("", |a| a.note.as_str()),
        ])?;
    }
    w.finish()
}

/// An event's attendance as CSV
#[utoipa::path(tag = "attendance", params(("event_id" = Uuid, Path)),
    responses((status = 200, description = "One line per person", content_type = "text/csv", body = String)))]
#[get("/events/{event_id}/attendance.csv")]
pub async fn export_csv(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = EventId::from(path.into_inner());
    let s = state
        .read(move |c| {
            let context = load_sheet(c, &me, id)?;
            sheet(c, &context)
        })
        .await?;
    Ok(download(&format!("attendance-{}.csv", s.event_starts_at.date()), render(&s)?))
}
