use super::json::AttendanceSheet;
use super::record::{load_sheet, require_taking, sheet};
use crate::audit;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web};
use coachfolio_domain::attendance::AttendanceStatus;
use coachfolio_domain::event::RegistrationState;
use coachfolio_domain::ids::EventId;
use coachfolio_persistence::attendance::{self as marks, AttendanceMark, NewAttendance};
use coachfolio_persistence::events;
use serde_json::json;
use uuid::Uuid;

/// Mark everyone with a place attended
///
/// For the program's coordinators, once the event has started: each confirmed registration not
/// yet marked becomes "attended"; marks already taken are left as they are (mark the absent
/// first, or correct them after).
#[utoipa::path(tag = "attendance", params(("event_id" = Uuid, Path)), responses((status = 200, body = AttendanceSheet)))]
#[post("/events/{event_id}/attendance/all-present")]
pub async fn all_present(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<AttendanceSheet>, ApiError> {
    let id = EventId::from(path.into_inner());
    let out = state
        .write(move |c| {
            let context = load_sheet(c, &me, id)?;
            let event = &context.event;
            require_taking(event, &context.ctx)?;
            let marked = marks::of_event(c, id)?;
            let mark = AttendanceMark {
                status: AttendanceStatus::Attended,
                note: String::new(),
                credited_minutes: event.form.credited_minutes,
                makeup_event_id: None,
                makeup_on: None,
                makeup_note: String::new(),
            };
            let new: Vec<_> = events::roster(c, id)?
                .into_iter()
                .filter(|r| r.state == RegistrationState::Confirmed)
                // Nobody records their own attendance: another coordinator marks theirs.
                .filter(|r| r.user_id != me.id())
                .filter(|r| !marked.iter().any(|m| m.user_id == r.user_id))
                .map(|r| NewAttendance::new(id, event.program_id, r.user_id, false, mark.clone(), me.id()))
                .collect();
            if !new.is_empty() {
                marks::insert(c, &new)?;
                let change = audit::Change {
                    program_id: Some(event.program_id),
                    action: "attendance.all_present",
                    entity: "event",
                    entity_id: id.to_string(),
                    confidential: false,
                };
                let people: Vec<_> = new.iter().map(|n| n.user_id).collect();
                audit::record(c, &me, change, None::<&()>, Some(&json!({ "attended": people })))?;
            }
            sheet(c, &context)
        })
        .await?;
    Ok(web::Json(out))
}
