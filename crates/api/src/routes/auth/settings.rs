use super::json::AuthSettings;
use crate::state::AppState;
use actix_web::{get, web};

/// What the sign-in page may offer
///
/// Whether email is on, so the page offers "Forgot your password?" only when a link can be sent.
#[utoipa::path(tag = "auth", security(()), responses((status = 200, body = AuthSettings)))]
#[get("/auth/settings")]
pub async fn settings(state: web::Data<AppState>) -> web::Json<AuthSettings> {
    web::Json(AuthSettings { email: state.email })
}
