use super::json::CalendarFeed;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::calendar_feeds;

/// Whether you have a private calendar feed
#[utoipa::path(tag = "calendar", responses((status = 200, body = CalendarFeed)))]
#[get("/me/calendar-feed")]
pub async fn get(state: web::Data<AppState>, me: Caller) -> Result<web::Json<CalendarFeed>, ApiError> {
    let made = state.read(move |c| Ok(calendar_feeds::created_at(c, me.id())?)).await?;
    Ok(web::Json(CalendarFeed { active: made.is_some(), created_at: made.map(|t| t.assume_utc()), path: None }))
}
