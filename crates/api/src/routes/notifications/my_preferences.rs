use super::json::Preferences;
use super::preferences::of;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};

/// My email choices
///
/// For every kind of notification: emailed immediately, in the daily digest (at each program's
/// digest hour), or not at all. The app lists every notification whatever the choice.
#[utoipa::path(tag = "me", responses((status = 200, body = Preferences)))]
#[get("/me/notification-preferences")]
pub async fn my_preferences(state: web::Data<AppState>, me: Caller) -> Result<web::Json<Preferences>, ApiError> {
    Ok(web::Json(state.read(move |c| of(c, me.id())).await?))
}
