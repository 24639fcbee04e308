//! Attendance on the wire.

use coachfolio_domain::attendance::AttendanceStatus;
use coachfolio_domain::event::{local_minute, EventKind, Location, RegistrationState};
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime, PrimitiveDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

/// A person's mark at an event, with what a certificate of attendance shows.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Attendance {
    pub id: Uuid,
    pub event_id: Uuid,
    pub event_title: String,
    pub event_kind: EventKind,
    #[serde(with = "local_minute")]
    #[schema(value_type = String, example = "2026-09-24T17:30")]
    pub event_starts_at: PrimitiveDateTime,
    #[serde(with = "local_minute")]
    #[schema(value_type = String, example = "2026-09-24T20:00")]
    pub event_ends_at: PrimitiveDateTime,
    #[schema(example = "America/Los_Angeles")]
    pub time_zone: String,
    pub location: Location,
    pub program_name: String,
    /// The county office or district that runs the program (the certificate's issuer).
    pub organisation: String,
    pub person: UserRef,
    pub status: AttendanceStatus,
    /// Marked without a confirmed place (came without registering, or from the waitlist).
    pub walk_in: bool,
    pub note: String,
    /// Time credited for attending, as the event credited it when marked.
    pub credited_minutes: u32,
    /// How an absence was made up.
    pub makeup: Option<Makeup>,
    pub recorded_by: UserRef,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub version: i32,
    /// (Left out of revisions: what someone could do then is no part of the history.)
    #[serde(default)]
    #[schema(required = true)]
    pub can: AttendanceActions,
}

/// An absence made up: at another session of the same kind, or as the coordinator recorded it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Makeup {
    /// The session that made it up.
    pub event_id: Option<Uuid>,
    pub event_title: Option<String>,
    /// The day it was made up.
    pub date: Date,
    pub note: String,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, ToSchema)]
pub struct AttendanceActions {
    /// Correct the mark (the program's coordinators).
    pub correct: bool,
    /// Print proof of attendance (the person and the program's staff, once attended).
    pub certificate: bool,
}

crate::kernel::revision_type!(
    /// An earlier version of an attendance mark.
    AttendanceRevision,
    Attendance
);

/// A line of an event's attendance sheet: everyone with a place, on the waitlist, or marked.
#[derive(Debug, Serialize, ToSchema)]
pub struct SheetLine {
    pub person: UserRef,
    /// Their registration, if they registered (cancelled ones are left out unless marked).
    pub registration_state: Option<RegistrationState>,
    pub attendance: Option<Attendance>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AttendanceSheet {
    pub event_id: Uuid,
    pub event_title: String,
    pub event_kind: EventKind,
    #[serde(with = "local_minute")]
    #[schema(value_type = String, example = "2026-09-24T17:30")]
    pub event_starts_at: PrimitiveDateTime,
    pub credited_minutes: u32,
    /// Confirmed places first (in order of arrival), then the waitlist, then walk-ins.
    pub lines: Vec<SheetLine>,
    pub attended: u32,
    pub absent: u32,
    pub excused: u32,
    pub unmarked: u32,
    pub can: SheetActions,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct SheetActions {
    /// Mark attendance (the program's coordinators, once the event has started).
    pub mark: bool,
    /// Why attendance cannot be taken now, when it cannot.
    pub closed_because: Option<&'static str>,
}

/// A mark as the coordinator writes it.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MarkAttendance {
    pub status: AttendanceStatus,
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: String,
    /// How an absence was made up; absent: not made up.
    pub makeup: Option<MakeupRequest>,
}

/// A make-up: another session of the same kind, or the date it was made up and how.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MakeupRequest {
    pub event_id: Option<Uuid>,
    pub date: Option<Date>,
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: String,
}
