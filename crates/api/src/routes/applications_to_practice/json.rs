//! The Application to Practice on the wire.

use coachfolio_domain::application_to_practice::{AtpStatus, ElementReason, FocusPlan};
use coachfolio_domain::reflection::Rating;
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::comments::CommentRow;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationToPractice {
    pub id: Uuid,
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    /// The submitted interim reflection it is built on.
    pub reflection_id: Uuid,
    pub status: AtpStatus,
    /// The five elements of most growth, with the reason for each.
    pub most_growth: Vec<ElementReason>,
    /// The five elements to focus on in year 2, with the reason for each.
    pub focus: Vec<ElementReason>,
    pub action_plans: Vec<ActionPlan>,
    /// The learning-and-leadership-impact narrative.
    pub impact: String,
    /// Whether the candidate counts it for 2 hours of professional learning.
    pub counts_for_pl: bool,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// What you may do with it now.
    pub can: AtpActions,
}

/// A focus element's plan, with its interim score filled in from the interim reflection.
#[derive(Debug, Serialize, ToSchema)]
pub struct ActionPlan {
    pub interim_score: Option<Rating>,
    #[serde(flatten)]
    pub plan: FocusPlan,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct AtpActions {
    /// Write it (the candidate, until it is submitted).
    pub edit: bool,
    pub submit: bool,
    /// Comment on it or on one of its elements (the candidate, their current coach, the
    /// program's coordinators and director).
    pub comment: bool,
}

/// Fields to change; a field left out keeps its value (lists are replaced whole).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AtpChange {
    pub most_growth: Option<Vec<ElementReason>>,
    pub focus: Option<Vec<ElementReason>>,
    pub action_plans: Option<Vec<FocusPlan>>,
    #[schema(max_length = 20000)]
    pub impact: Option<String>,
    pub counts_for_pl: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AtpComment {
    pub id: Uuid,
    /// The CPSEL element commented on (a focus element's plan, say); absent: the whole.
    #[schema(example = "2B")]
    pub element: Option<String>,
    pub author: UserRef,
    pub body: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

impl AtpComment {
    pub fn new(row: CommentRow, author: UserRef) -> AtpComment {
        AtpComment {
            id: row.id.uuid(),
            element: row.part,
            author,
            body: row.body,
            created_at: row.created_at.assume_utc(),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAtpComment {
    /// A CPSEL element (such as 2B), or none for the Application to Practice as a whole.
    pub element: Option<String>,
    #[schema(min_length = 1, max_length = 5000)]
    pub body: String,
}
