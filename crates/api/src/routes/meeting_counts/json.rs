//! Meeting counts on the wire.

use coachfolio_domain::attendance::{AttendanceStatus, CandidateCounts, CoachCounts};
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::event::{local_minute, EventKind};
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::{Date, PrimitiveDateTime};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// One mark behind the counts.
#[derive(Debug, Serialize, ToSchema)]
pub struct MarkLine {
    pub attendance_id: Uuid,
    pub event_id: Uuid,
    pub event_title: String,
    pub event_kind: EventKind,
    #[serde(with = "local_minute")]
    #[schema(value_type = String, example = "2026-09-24T17:30")]
    pub event_starts_at: PrimitiveDateTime,
    pub status: AttendanceStatus,
    /// An absence made up, on this day.
    pub made_up_on: Option<Date>,
    pub credited_minutes: u32,
    /// Whether you may open its proof of attendance (attended; yours, or you oversee the
    /// program).
    pub certificate: bool,
}

/// A candidate's meeting counts and the marks behind them.
#[derive(Debug, Serialize, ToSchema)]
pub struct EnrollmentMeetings {
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub as_of: Date,
    pub counts: CandidateCounts,
    pub marks: Vec<MarkLine>,
}

/// A coach's meeting counts and the marks behind them.
#[derive(Debug, Serialize, ToSchema)]
pub struct CoachMeetings {
    pub coach: UserRef,
    pub as_of: Date,
    pub counts: CoachCounts,
    pub marks: Vec<MarkLine>,
}

/// One candidate's line of the program's counts.
#[derive(Debug, Serialize, ToSchema)]
pub struct CandidateLine {
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub cohort_id: Uuid,
    pub cohort_label: String,
    pub district_name: String,
    pub status: EnrollmentStatus,
    pub counts: CandidateCounts,
}

/// One coach's line of the program's counts.
#[derive(Debug, Serialize, ToSchema)]
pub struct CoachLine {
    pub coach: UserRef,
    pub counts: CoachCounts,
}

/// The program's meeting counts: every candidate (a district representative: their district's;
/// a coach: their candidates) and every coach (a coach: themself).
#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingCountsTable {
    pub as_of: Date,
    pub candidates: Vec<CandidateLine>,
    pub coaches: Vec<CoachLine>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MeetingCountsQuery {
    pub cohort_id: Option<Uuid>,
}
