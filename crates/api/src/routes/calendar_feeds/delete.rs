use crate::audit;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{delete, web, HttpResponse};
use coachfolio_persistence::calendar_feeds;

/// Revoke your private calendar feed
#[utoipa::path(tag = "calendar", responses((status = 204, description = "Revoked")))]
#[delete("/me/calendar-feed")]
pub async fn delete(state: web::Data<AppState>, me: Caller) -> Result<HttpResponse, ApiError> {
    state
        .write(move |c| {
            calendar_feeds::revoke(c, me.id())?;
            let change = audit::Change {
                program_id: None,
                action: "calendar_feed.revoked",
                entity: "calendar_feed",
                entity_id: me.id().to_string(),
                confidential: false,
            };
            audit::record(c, &me, change, None::<&()>, None::<&()>)
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
