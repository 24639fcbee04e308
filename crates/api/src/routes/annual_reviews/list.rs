use super::json::AnnualReview;
use super::record::reviews;
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::enrollments;
use uuid::Uuid;

/// The e-portfolio's annual reviews, a program year each
///
/// Whether the candidate and their coach have marked the portfolio reviewed for each program
/// year. For everyone who sees the enrollment.
#[utoipa::path(tag = "documents", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = Vec<AnnualReview>)))]
#[get("/enrollments/{enrollment_id}/annual-reviews")]
pub async fn list_annual_reviews(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<AnnualReview>>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let view = enrollments::view(c, id).or_not_found("enrollment")?;
            let access = me.enrollment(c, &view.row)?;
            reviews(c, &view, access, crate::clock::today_in(&view.time_zone))
        })
        .await?;
    Ok(web::Json(out))
}
