use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::routes::enrollments::Enrollment;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::enrollments::{self, Filter};

/// Your enrollments as a candidate, with your current coach
#[utoipa::path(tag = "me", responses((status = 200, body = Vec<Enrollment>)))]
#[get("/me/enrollments")]
pub async fn my_enrollments(
    state: web::Data<AppState>,
    me: CurrentUser,
) -> Result<web::Json<Vec<Enrollment>>, ApiError> {
    let filter = Filter { candidate_id: Some(me.user.id.clone()), ..Default::default() };
    let (views, _) = state.read(move |c| Ok(enrollments::list(c, &filter, 0, 100)?)).await?;
    Ok(web::Json(views.iter().map(Enrollment::new).collect()))
}
