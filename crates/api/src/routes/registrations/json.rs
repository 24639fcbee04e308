//! Registrations on the wire: the handbook's confirmation page (event, created, email,
//! updated, slots used, user, state, author).

use coachfolio_domain::event::{local_minute, Location, RegistrationState};
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::{OffsetDateTime, PrimitiveDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct Registration {
    pub id: Uuid,
    pub event_id: Uuid,
    pub event_title: String,
    #[serde(with = "local_minute")]
    #[schema(value_type = String, example = "2026-09-24T17:30")]
    pub event_starts_at: PrimitiveDateTime,
    #[serde(with = "local_minute")]
    #[schema(value_type = String, example = "2026-09-24T20:00")]
    pub event_ends_at: PrimitiveDateTime,
    /// The program's time zone, in which the event's times are given.
    #[schema(example = "America/Los_Angeles")]
    pub time_zone: String,
    pub location: Location,
    /// The person registered.
    pub person: UserRef,
    pub state: RegistrationState,
    /// Places this registration holds: 1 while confirmed.
    pub slots_used: u32,
    /// Place on the waitlist (1 = next), while waitlisted.
    pub waitlist_position: Option<u32>,
    /// Who registered them (themself, or a coordinator on their behalf).
    pub registered_by: UserRef,
    #[serde(with = "time::serde::rfc3339")]
    pub registered_at: OffsetDateTime,
    /// When a place freed for them on the waitlist.
    #[serde(with = "time::serde::rfc3339::option")]
    pub promoted_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub cancelled_at: Option<OffsetDateTime>,
    pub cancelled_by: Option<UserRef>,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub version: i32,
    pub can: RegistrationActions,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct RegistrationActions {
    /// Cancel it: the person until the event starts and while registration is open; the
    /// program's coordinators always.
    pub cancel: bool,
}

/// Register for an event.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRegistration {
    /// Whom to register (coordinators, on their behalf); absent: yourself.
    pub user_id: Option<Uuid>,
}
