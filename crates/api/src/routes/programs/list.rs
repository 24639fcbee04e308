use super::json::Program;
use super::record::to_json;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::{memberships, programs};

/// List programs
///
/// The programs you hold a role in; the installation administrator sees all.
#[utoipa::path(tag = "programs", responses((status = 200, body = Vec<Program>)))]
#[get("/programs")]
pub async fn list(state: web::Data<AppState>, me: Caller) -> Result<web::Json<Vec<Program>>, ApiError> {
    let programs = state
        .read(move |c| {
            let rows = if me.is_admin() {
                programs::list(c, None)?
            } else {
                let ids: Vec<_> = memberships::of_user(c, me.id())?.into_iter().map(|(m, _)| m.program_id).collect();
                programs::list(c, Some(&ids))?
            };
            rows.iter().map(|p| Ok(to_json(p, &me.program(c, p.id)?))).collect::<Result<Vec<_>, ApiError>>()
        })
        .await?;
    Ok(web::Json(programs))
}
