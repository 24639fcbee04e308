//! The calendar feed on the wire.

use serde::Serialize;
use time::OffsetDateTime;
use utoipa::ToSchema;

/// Whether you have a feed; its address is shown only when it is made.
#[derive(Debug, Serialize, ToSchema)]
pub struct CalendarFeed {
    pub active: bool,
    #[serde(with = "time::serde::rfc3339::option")]
    pub created_at: Option<OffsetDateTime>,
    /// The feed's path (append it to this site's address), only in the answer that made it:
    /// the secret is not kept, only its hash.
    #[schema(example = "/api/calendar-feeds/3q2-7hK…/events.ics")]
    pub path: Option<String>,
}
