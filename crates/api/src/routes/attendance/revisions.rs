use super::json::AttendanceRevision;
use super::record::{load, AttendanceRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::kernel;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::AttendanceId;
use uuid::Uuid;

/// An attendance mark's corrections, newest first: who changed it, when, and how it read before
#[utoipa::path(tag = "attendance", params(("attendance_id" = Uuid, Path)), responses((status = 200, body = Vec<AttendanceRevision>)))]
#[get("/attendance/{attendance_id}/revisions")]
pub async fn revisions(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<AttendanceRevision>>, ApiError> {
    let id = AttendanceId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            Ok(kernel::history::<AttendanceRecord>(c, &loaded.row)?.into_iter().map(Into::into).collect())
        })
        .await?;
    Ok(web::Json(out))
}
