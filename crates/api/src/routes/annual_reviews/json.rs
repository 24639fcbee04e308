//! The annual review on the wire.

use coachfolio_domain::user::UserRef;
use serde::Serialize;
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

/// One program year's review of the e-portfolio.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnnualReview {
    #[schema(minimum = 1)]
    pub program_year: u32,
    pub year_ends: Date,
    /// The candidate's mark.
    pub candidate: Option<ReviewMark>,
    /// Their coach's mark.
    pub coach: Option<ReviewMark>,
    /// Whether the caller may mark it now (the candidate or their current coach, once the year
    /// has begun, not yet marked by them).
    pub can_mark: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewMark {
    pub by: UserRef,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}
