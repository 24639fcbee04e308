use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_persistence::{notifications, now};

/// Mark all my notifications read
#[utoipa::path(tag = "me", responses((status = 204)))]
#[post("/me/notifications/read")]
pub async fn read_all_notifications(state: web::Data<AppState>, me: Caller) -> Result<HttpResponse, ApiError> {
    state.write(move |c| Ok(notifications::mark_all_read(c, me.id(), now())?)).await?;
    Ok(HttpResponse::NoContent().finish())
}
