use super::json::{PortfolioReview, ReviewQuery};
use super::table::build;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use uuid::Uuid;

/// The program's portfolio review
///
/// Every enrolled or extended candidate with what to follow up (a reflection overdue, no ILP
/// this year or none completed near its end, no coaching logged this month or hours behind
/// pace, installments overdue, the participation agreement missing after its days, no job
/// shadow or visit in the last year, requests waiting, completion items not met) and the state
/// of each of the completion form's ten items. Filter by cohort, district, coach or flag; sort
/// by name, most flags or fewest items met. For the program's coordinators and director.
#[utoipa::path(tag = "portfolio review", params(("program_id" = Uuid, Path), ReviewQuery), responses((status = 200, body = PortfolioReview)))]
#[get("/programs/{program_id}/portfolio-review")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<ReviewQuery>,
) -> Result<web::Json<PortfolioReview>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    Ok(web::Json(me.read_program(&state, id, move |c, _, access| build(c, access, id, &q)).await?))
}
