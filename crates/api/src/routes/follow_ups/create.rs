use super::json::{FollowUp, NewFollowUp};
use super::record::FollowUpRecord;
use crate::body::Body;
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::{ApiError, OrNotFound};
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::follow_up::check;
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::enrollments;
use coachfolio_persistence::follow_ups::{self, FollowUpRow};
use uuid::Uuid;

/// Contact the candidate about what to follow up
///
/// A message to the candidate (what they should know or do) and the portfolio review's
/// follow-ups it is about; it stays open until resolved. The candidate reads it on their home
/// (by email too once notifications exist). For the program's coordinators and director, about
/// an enrolled or extended candidate other than themselves.
#[utoipa::path(tag = "portfolio review", request_body = NewFollowUp, params(("enrollment_id" = Uuid, Path)), responses((status = 201, body = FollowUp)))]
#[post("/enrollments/{enrollment_id}/follow-ups")]
pub async fn contact_candidate(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewFollowUp>,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let NewFollowUp { message, flags } = body.0;
    let view = state
        .write(move |c| {
            let enrollment = enrollments::find(c, id).or_not_found("enrollment")?;
            let access = me.enrollment(c, &enrollment)?;
            access.require(EnrollmentPermission::FollowUp)?;
            if !enrollment.status.is_active() {
                return Err(ApiError::conflict(
                    "status",
                    format!("the enrollment is {}; there is nothing left to follow up", enrollment.status),
                ));
            }
            check(&message, &flags)?;
            let row = FollowUpRow::open(&enrollment, flags, message.trim().to_string(), me.id());
            follow_ups::insert(c, &row)?;
            kernel::created::<FollowUpRecord>(c, &me, &row, &access)
        })
        .await?;
    Ok(created_tagged(view.version, &view))
}
