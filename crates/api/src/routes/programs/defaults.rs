use crate::current_user::CurrentUser;
use crate::error::ApiError;
use actix_web::{get, web};
use coachfolio_domain::settings::RequirementSettings;

/// The handbook's requirement settings
///
/// What a new program starts with (the FCSS CASC numbers and the coaching log's activity
/// codes 1–4 and A–F): the web app restores a program's list from here rather than keeping a
/// copy of its own.
#[utoipa::path(tag = "programs", responses((status = 200, body = RequirementSettings)))]
#[get("/requirement-settings/defaults")]
pub async fn defaults(_me: CurrentUser) -> Result<web::Json<RequirementSettings>, ApiError> {
    Ok(web::Json(RequirementSettings::default()))
}
