//! Follow-ups on the wire.

use coachfolio_domain::follow_up::FollowUpStatus;
use coachfolio_domain::portfolio_review::ReviewFlag;
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct FollowUp {
    pub id: Uuid,
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    /// The portfolio review's follow-ups it is about.
    pub flags: Vec<ReviewFlag>,
    pub message: String,
    pub status: FollowUpStatus,
    pub created_by: UserRef,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    pub resolved_by: Option<UserRef>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub resolved_at: Option<OffsetDateTime>,
    /// What came of it, as whoever resolved it wrote.
    pub resolution: Option<String>,
    pub version: i32,
    pub can: FollowUpActions,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct FollowUpActions {
    pub resolve: bool,
    pub reopen: bool,
}

/// An enrollment's follow-ups, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct FollowUps {
    /// Whether the caller may contact the candidate (the program's coordinators and director).
    pub can_contact: bool,
    pub items: Vec<FollowUp>,
}

/// "Contact the candidate".
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewFollowUp {
    /// What the candidate should know or do.
    #[schema(min_length = 1, max_length = 4000)]
    pub message: String,
    /// The follow-ups it is about, each once.
    #[serde(default)]
    pub flags: Vec<ReviewFlag>,
}

/// How a follow-up was resolved.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Resolution {
    #[schema(max_length = 4000)]
    pub note: Option<String>,
}
