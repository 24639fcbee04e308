use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::NotificationId;
use coachfolio_persistence::{notifications, now};
use uuid::Uuid;

/// Mark one of my notifications read
///
/// Reading it again keeps the first time. Someone else's is 404, as one that does not exist.
#[utoipa::path(tag = "me", params(("notification_id" = Uuid, Path)), responses((status = 204)))]
#[post("/me/notifications/{notification_id}/read")]
pub async fn read_notification(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let id = NotificationId::from(path.into_inner());
    let mine = state.write(move |c| Ok(notifications::mark_read(c, me.id(), id, now())?)).await?;
    if !mine {
        return Err(ApiError::not_found("notification"));
    }
    Ok(HttpResponse::NoContent().finish())
}
