use crate::capabilities::{Caller, EnrollmentAccess};
use crate::error::ApiError;
use crate::routes::enrollments::json::Enrollment;
use crate::routes::enrollments::record::to_json;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::enrollments::{self, Filter};

/// Your enrollments as a candidate, with your current coach
#[utoipa::path(tag = "me", responses((status = 200, body = Vec<Enrollment>)))]
#[get("/me/enrollments")]
pub async fn my_enrollments(state: web::Data<AppState>, me: Caller) -> Result<web::Json<Vec<Enrollment>>, ApiError> {
    let filter = Filter { candidate_id: Some(me.id()), ..Default::default() };
    let (views, _) = state.read(move |c| Ok(enrollments::list(c, &filter, 0, 100)?)).await?;
    Ok(web::Json(views.iter().map(|v| to_json(v, EnrollmentAccess::own())).collect()))
}
