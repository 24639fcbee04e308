use crate::auth::tokens::hash_secret;
use crate::calendar::ics;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, http::header, web, HttpResponse};
use coachfolio_domain::user::UserStatus;
use coachfolio_persistence::{calendar_feeds, events, users};

/// A private calendar feed (.ics)
///
/// No sign-in: the secret in the address is the key (calendar apps cannot sign in). The
/// person's confirmed events, and those cancelled after they registered (as cancelled), in
/// every program; a revoked or unknown address answers 404.
#[utoipa::path(tag = "calendar", security(()), params(("secret" = String, Path)),
    responses((status = 200, description = "iCalendar", content_type = "text/calendar", body = String)))]
#[get("/calendar-feeds/{secret}/events.ics")]
pub async fn feed(state: web::Data<AppState>, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let hash = hash_secret(&path.into_inner());
    let body = state
        .read(move |c| {
            let Some(owner) = calendar_feeds::owner(c, &hash)? else {
                return Err(ApiError::not_found("calendar feed"));
            };
            if users::find(c, owner)?.status != UserStatus::Active {
                return Err(ApiError::not_found("calendar feed"));
            }
            let rows = events::calendar_of(c, owner)?;
            Ok(ics(Some("Coachfolio events"), rows.iter().map(|(e, zone)| (e, zone.as_str()))))
        })
        .await?;
    // The address is a secret: no cache along the way keeps the answer.
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}
