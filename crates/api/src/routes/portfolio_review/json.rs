//! The portfolio review on the wire.

use coachfolio_domain::completion::{CompletionItem, ItemState};
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::portfolio_review::{FlagLine, ReviewFlag};
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::Date;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct PortfolioReview {
    pub as_of: Date,
    pub rows: Vec<ReviewRow>,
}

/// One candidate: their follow-ups and the form's ten items.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewRow {
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub cohort_id: Uuid,
    pub cohort_label: String,
    pub district_id: Uuid,
    pub district_name: String,
    pub coach: Option<UserRef>,
    pub status: EnrollmentStatus,
    pub program_year: Option<u32>,
    pub flags: Vec<FlagLine>,
    /// Follow-ups sent to the candidate and not yet resolved.
    pub open_follow_ups: u32,
    /// How many of the form's ten items the records show met.
    #[schema(maximum = 10)]
    pub items_met: u32,
    /// The form's ten items, each with its state.
    pub items: Vec<ItemStateLine>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ItemStateLine {
    pub item: CompletionItem,
    pub state: ItemState,
}

#[derive(Debug, Clone, Copy, Default, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReviewSort {
    /// By the candidate's name.
    #[default]
    Candidate,
    /// Most flags first.
    Flags,
    /// Fewest completion items met first.
    Completion,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReviewQuery {
    pub cohort_id: Option<Uuid>,
    pub district_id: Option<Uuid>,
    /// The candidates this coach coaches now.
    pub coach_id: Option<Uuid>,
    /// Only the candidates with this flag.
    pub flag: Option<ReviewFlag>,
    #[param(inline)]
    pub sort: Option<ReviewSort>,
}
