//! Events on the wire. Times are the program's local wall-clock times (`2026-09-24T17:30`), as
//! the handbook's calendar gives them; `time_zone` names the zone.

use coachfolio_domain::attendance::AttendanceStatus;
use coachfolio_domain::event::{local_minute, Audience, EventKind, EventStatus, Location, RegistrationState};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime, PrimitiveDateTime};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct Event {
    pub id: Uuid,
    pub program_id: Uuid,
    pub kind: EventKind,
    pub title: String,
    pub description: String,
    /// The cohort it is for; absent: every cohort.
    pub cohort_id: Option<Uuid>,
    /// The district it is for (some coach meetings); absent: every district.
    pub district_id: Option<Uuid>,
    pub audience: Audience,
    pub location: Location,
    #[serde(with = "local_minute")]
    #[schema(value_type = String, example = "2026-09-24T17:30")]
    pub starts_at: PrimitiveDateTime,
    #[serde(with = "local_minute")]
    #[schema(value_type = String, example = "2026-09-24T20:00")]
    pub ends_at: PrimitiveDateTime,
    /// The program's time zone, in which the times above are given.
    #[schema(example = "America/Los_Angeles")]
    pub time_zone: String,
    /// Places; absent: no limit.
    pub capacity: Option<u32>,
    #[serde(with = "local_minute::option")]
    #[schema(value_type = Option<String>, example = "2026-08-01T08:00")]
    pub registration_opens_at: Option<PrimitiveDateTime>,
    #[serde(with = "local_minute::option")]
    #[schema(value_type = Option<String>, example = "2026-09-20T17:00")]
    pub registration_closes_at: Option<PrimitiveDateTime>,
    /// Time credited to those who attend (2.5 hours = 150).
    pub credited_minutes: u32,
    pub status: EventStatus,
    #[serde(with = "time::serde::rfc3339::option")]
    pub cancelled_at: Option<OffsetDateTime>,
    /// Why it was cancelled, as the coordinator wrote it.
    pub cancel_reason: Option<String>,
    /// Places taken (confirmed registrations): the handbook's "slots used".
    pub slots_used: u32,
    pub waitlisted: u32,
    /// Places still free; absent: no limit.
    pub places_left: Option<u32>,
    /// Your registration, if you have one (in any state).
    pub my_registration: Option<MyRegistration>,
    /// Your attendance mark, once taken (its id opens your proof of attendance).
    pub my_attendance: Option<MyAttendance>,
    /// Why you may not register yourself now, when you may not.
    pub registration_closed_because: Option<String>,
    pub version: i32,
    pub can: EventActions,
}

/// The caller's own registration, as shown beside the event.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MyRegistration {
    pub id: Uuid,
    pub state: RegistrationState,
    /// Place on the waitlist (1 = next), while waitlisted.
    pub waitlist_position: Option<u32>,
    /// Whether you may cancel it yourself now (until the event starts and while registration
    /// is open; a coordinator always).
    pub can_cancel: bool,
    pub version: i32,
}

/// The caller's own attendance mark, as shown beside the event.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct MyAttendance {
    pub id: Uuid,
    pub status: AttendanceStatus,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct EventActions {
    /// Edit and cancel it (the program's coordinators, while it is scheduled).
    pub edit: bool,
    /// Copy it to another date (the program's coordinators; a cancelled event too).
    pub copy: bool,
    /// Register yourself now.
    pub register: bool,
    /// Register someone on their behalf (coordinators).
    pub register_others: bool,
    /// Read its roster (the program's coordinators and director).
    pub read_roster: bool,
}

/// An event as a coordinator writes it (every field: the editor sends the whole event).
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventFields {
    pub kind: EventKind,
    #[schema(min_length = 1, max_length = 200, example = "Candidate Cohort Meeting")]
    pub title: String,
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub description: String,
    pub cohort_id: Option<Uuid>,
    pub district_id: Option<Uuid>,
    pub audience: Audience,
    #[serde(default)]
    pub location: Location,
    #[serde(with = "local_minute")]
    #[schema(value_type = String, example = "2026-09-24T17:30")]
    pub starts_at: PrimitiveDateTime,
    #[serde(with = "local_minute")]
    #[schema(value_type = String, example = "2026-09-24T20:00")]
    pub ends_at: PrimitiveDateTime,
    #[schema(minimum = 1, maximum = 100000)]
    pub capacity: Option<u32>,
    #[serde(default, with = "local_minute::option")]
    #[schema(value_type = Option<String>, example = "2026-08-01T08:00")]
    pub registration_opens_at: Option<PrimitiveDateTime>,
    #[serde(default, with = "local_minute::option")]
    #[schema(value_type = Option<String>, example = "2026-09-20T17:00")]
    pub registration_closes_at: Option<PrimitiveDateTime>,
    #[serde(default)]
    #[schema(minimum = 0, example = 150)]
    pub credited_minutes: u32,
}

/// A copy of an event on another day: its times and registration window move by as many days.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventCopy {
    #[schema(example = "2027-09-23")]
    pub starts_on: Date,
}

/// Cancelling an event keeps every registration, as "event cancelled".
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventCancel {
    #[schema(max_length = 2000)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct EventsQuery {
    /// Also events that have ended (by default only those not over yet).
    pub include_past: bool,
}
