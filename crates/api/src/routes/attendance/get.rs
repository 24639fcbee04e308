use super::json::Attendance;
use super::record::{load, AttendanceRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::AttendanceId;
use uuid::Uuid;

/// Read an attendance mark (the proof of attendance)
///
/// For the person marked and the program's coordinators and director.
#[utoipa::path(tag = "attendance", params(("attendance_id" = Uuid, Path)), responses((status = 200, body = Attendance)))]
#[get("/attendance/{attendance_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = AttendanceId::from(path.into_inner());
    let view = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            AttendanceRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(view.version, &view))
}
