use super::Program;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::{memberships, programs};

/// List programs
///
/// The programs you hold a role in; the installation administrator sees all.
#[utoipa::path(tag = "programs", responses((status = 200, body = Vec<Program>)))]
#[get("/programs")]
pub async fn list(state: web::Data<AppState>, me: CurrentUser) -> Result<web::Json<Vec<Program>>, ApiError> {
    let rows = state
        .read(move |c| {
            if me.is_admin() {
                return Ok(programs::list(c, None)?);
            }
            let ids: Vec<String> = memberships::of_user(c, me.id())?.into_iter().map(|(m, _)| m.program_id).collect();
            Ok(programs::list(c, Some(&ids))?)
        })
        .await?;
    Ok(web::Json(rows.iter().map(Program::try_from).collect::<Result<_, _>>()?))
}
