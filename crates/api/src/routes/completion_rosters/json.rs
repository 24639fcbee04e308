//! Completion rosters on the wire.

use coachfolio_domain::roster::RosterStatus;
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct Roster {
    pub id: Uuid,
    pub program_id: Uuid,
    pub status: RosterStatus,
    pub candidates: Vec<RosterCandidate>,
    pub created_by: UserRef,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    pub submitted_by: Option<UserRef>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    pub version: i32,
    pub can: RosterActions,
}

/// A candidate as the credential office needs them.
#[derive(Debug, Serialize, ToSchema)]
pub struct RosterCandidate {
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub cohort_label: String,
    pub district_name: String,
    pub credential_number: Option<String>,
    pub start_date: Date,
    /// The day the coordinator signed the Program Completion Verification.
    pub completed_on: Option<Date>,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct RosterActions {
    /// Mark it submitted to the credential office (a draft, by a coordinator).
    pub submit: bool,
}

/// A new roster.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRoster {
    /// Recommended candidates' enrollments, each on no other roster.
    #[schema(min_items = 1, max_items = 500)]
    pub enrollment_ids: Vec<Uuid>,
}
