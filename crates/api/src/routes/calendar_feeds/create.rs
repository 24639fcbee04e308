use super::json::CalendarFeed;
use crate::audit;
use crate::auth::tokens::new_secret;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{http::header, post, web, HttpResponse};
use coachfolio_persistence::calendar_feeds;

/// Make your private calendar feed (or a new one)
///
/// Answers the feed's secret address once; a new feed revokes the old address at once.
#[utoipa::path(tag = "calendar", responses((status = 201, body = CalendarFeed)))]
#[post("/me/calendar-feed")]
pub async fn create(state: web::Data<AppState>, me: Caller) -> Result<HttpResponse, ApiError> {
    let (secret, hash) = new_secret();
    let made = state
        .write(move |c| {
            calendar_feeds::replace(c, me.id(), &hash)?;
            let change = audit::Change {
                program_id: None,
                action: "calendar_feed.created",
                entity: "calendar_feed",
                entity_id: me.id().to_string(),
                confidential: false,
            };
            audit::record(c, &me, change, None::<&()>, None::<&()>)?;
            Ok(calendar_feeds::created_at(c, me.id())?)
        })
        .await?;
    Ok(HttpResponse::Created().insert_header((header::CACHE_CONTROL, "no-store")).json(CalendarFeed {
        active: true,
        created_at: made.map(|t| t.assume_utc()),
        path: Some(format!("/api/calendar-feeds/{secret}/events.ics")),
    }))
}
