use super::json::AnnualReview;
use super::record::{current_year, reviewer, reviews};
use crate::audit;
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{post, web};
use coachfolio_domain::annual_review::{check_year, Reviewer};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::annual_reviews::{self, MarkRow};
use coachfolio_persistence::enrollments;
use serde_json::json;
use uuid::Uuid;

/// Mark the e-portfolio reviewed for a program year
///
/// As the candidate, or as their current coach (each once a year; 409 naming `program_year`
/// when already marked), for a year that has begun (422 otherwise), while the candidate takes
/// part. Answers every year's reviews.
#[utoipa::path(tag = "documents", params(("enrollment_id" = Uuid, Path), ("program_year" = u32, Path, minimum = 1)), responses((status = 200, body = Vec<AnnualReview>)))]
#[post("/enrollments/{enrollment_id}/annual-reviews/{program_year}")]
pub async fn mark_reviewed(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<(Uuid, u32)>,
) -> Result<web::Json<Vec<AnnualReview>>, ApiError> {
    let (id, year) = path.into_inner();
    let id = EnrollmentId::from(id);
    let out = state
        .write(move |c| {
            let view = enrollments::view(c, id).or_not_found("enrollment")?;
            let access = me.enrollment(c, &view.row)?;
            let who = reviewer(access).unwrap_or(Reviewer::Candidate);
            access.require(EnrollmentPermission::MarkPortfolioReviewed(who))?;
            if !view.row.status.is_active() {
                return Err(ApiError::conflict("status", format!("the enrollment is {}", view.row.status)));
            }
            let today = crate::clock::today_in(&view.time_zone);
            check_year(year, view.program_years(), current_year(&view, today))?;
            let row = MarkRow::new(view.row.program_id, id, year, who, me.id());
            if !annual_reviews::insert(c, &row)? {
                return Err(ApiError::conflict(
                    "program_year",
                    format!("year {year} is already marked reviewed by the {who}"),
                ));
            }
            let change = audit::Change {
                program_id: Some(view.row.program_id),
                action: "annual_review.marked",
                entity: "annual_review",
                entity_id: row.id.clone(),
                confidential: false,
            };
            let after = json!({"enrollment_id": id, "program_year": year, "reviewer": who});
            audit::record(c, &me, change, None::<&()>, Some(&after))?;
            reviews(c, &view, access, today)
        })
        .await?;
    Ok(web::Json(out))
}
