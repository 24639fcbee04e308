use super::json::AttendanceSheet;
use super::record::{load_sheet, sheet as build};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EventId;
use uuid::Uuid;

/// An event's attendance sheet
///
/// For the program's coordinators and director: everyone with a place, then the waitlist, then
/// walk-ins, each with their mark, and how many are marked each way.
#[utoipa::path(tag = "attendance", params(("event_id" = Uuid, Path)), responses((status = 200, body = AttendanceSheet)))]
#[get("/events/{event_id}/attendance")]
pub async fn sheet(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<AttendanceSheet>, ApiError> {
    let id = EventId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let context = load_sheet(c, &me, id)?;
            build(c, &context)
        })
        .await?;
    Ok(web::Json(out))
}
