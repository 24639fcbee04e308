use super::json::FollowUps;
use super::record::views;
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::{enrollments, follow_ups};
use uuid::Uuid;

/// An enrollment's follow-ups, newest first
///
/// For the candidate and the program's coordinators and director (a follow-up may be about fees
/// or requests, which a coach does not read).
#[utoipa::path(tag = "portfolio review", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = FollowUps)))]
#[get("/enrollments/{enrollment_id}/follow-ups")]
pub async fn list_follow_ups(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<FollowUps>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let enrollment = enrollments::find(c, id).or_not_found("enrollment")?;
            let access = me.enrollment(c, &enrollment)?;
            access.require(EnrollmentPermission::ReadFollowUps)?;
            let rows = follow_ups::of_enrollment(c, id)?;
            Ok(FollowUps {
                can_contact: access.allows(EnrollmentPermission::FollowUp) && enrollment.status.is_active(),
                items: views(c, &rows, access)?,
            })
        })
        .await?;
    Ok(web::Json(out))
}
