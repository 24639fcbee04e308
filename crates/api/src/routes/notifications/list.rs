use super::json::{Notification, Notifications};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::notifications;

/// The latest notifications shown at once.
const SHOWN: i64 = 50;

/// My notifications
///
/// The caller's latest 50, newest first, each with a link to its record, and how many are
/// unread. Only ever the caller's own.
#[utoipa::path(tag = "me", responses((status = 200, body = Notifications)))]
#[get("/me/notifications")]
pub async fn my_notifications(state: web::Data<AppState>, me: Caller) -> Result<web::Json<Notifications>, ApiError> {
    let (rows, unread_count) = state.read(move |c| Ok(notifications::of_recipient(c, me.id(), SHOWN)?)).await?;
    Ok(web::Json(Notifications { items: rows.into_iter().map(Notification::from).collect(), unread_count }))
}
