//! ILPs on the wire.

use coachfolio_domain::ilp::{ActionStep, IlpStatus};
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::comments::CommentRow;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

/// An Individual Leadership Plan, as the handbook's form has it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Ilp {
    pub id: Uuid,
    pub program_id: Uuid,
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    /// The program year the plan belongs to (1, 2, …).
    pub program_year: i32,
    /// The form's "date created" (absent only in revisions kept before it was).
    pub date_created: Option<Date>,
    pub status: IlpStatus,
    /// CPSEL standards addressed (1–6).
    pub standards: Vec<u8>,
    /// Elements addressed, optional ("2B").
    pub elements: Vec<String>,
    /// "What is your current focus/reality that you will lead to improve?"
    pub focus: String,
    /// "Based on your focus, what is your SMART goal?"
    pub smart_goal: String,
    pub steps: Vec<ActionStep>,
    /// The steps due after the enrollment's last program year ends: kept (the handbook's own
    /// examples have them) and shown with a warning.
    #[serde(default)]
    #[schema(required = true)]
    pub steps_due_after_end: Vec<Uuid>,
    /// "Did you go to any professional learning to help with this ILP?"
    pub pl_helped: Option<bool>,
    /// What professional learning it was and how it helped.
    pub pl_explanation: String,
    /// Progress made, and movement on the Descriptions of Practice continuum.
    pub reflective_summary: String,
    pub created_by: UserRef,
    /// Who changed it last (the candidate or their coach).
    pub updated_by: UserRef,
    #[serde(with = "time::serde::rfc3339::option")]
    pub activated_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub completed_at: Option<OffsetDateTime>,
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// What you may do with it now. (An earlier revision allows nothing.)
    #[serde(default)]
    #[schema(required = true)]
    pub can: IlpActions,
}

/// What the caller may do with a plan now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IlpActions {
    /// Change it (the candidate and their current coach, while not completed).
    pub edit: bool,
    /// Put the draft, or a completed plan again, into action.
    pub activate: bool,
    pub complete: bool,
    /// Throw the draft away.
    pub discard: bool,
    /// Comment on it or on a step (the candidate, their coach, the program's staff).
    pub comment: bool,
}

/// The ILP form's fields. Every field is optional (drafts save as people type); a field left
/// out keeps its value. `steps` replaces the whole list: send each step with its `id` (a new
/// step gets a new UUID from the client).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IlpFieldsBody {
    #[schema(minimum = 1, maximum = 10)]
    pub program_year: Option<i32>,
    /// The form's "date created": not ahead of today.
    pub date_created: Option<Date>,
    pub standards: Option<Vec<u8>>,
    pub elements: Option<Vec<String>>,
    #[schema(max_length = 20000)]
    pub focus: Option<String>,
    #[schema(max_length = 20000)]
    pub smart_goal: Option<String>,
    pub steps: Option<Vec<ActionStep>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<bool>)]
    pub pl_helped: Option<Option<bool>>,
    #[schema(max_length = 20000)]
    pub pl_explanation: Option<String>,
    #[schema(max_length = 20000)]
    pub reflective_summary: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IlpStatusChange {
    /// `active` (from a draft, or to reopen a completed plan) or `completed`.
    pub status: IlpStatus,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IlpComment {
    pub id: Uuid,
    /// The action step commented on; absent: the plan as a whole.
    pub step_id: Option<Uuid>,
    pub author: UserRef,
    pub body: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

impl IlpComment {
    pub fn new(row: CommentRow, author: UserRef) -> IlpComment {
        IlpComment {
            id: row.id.uuid(),
            step_id: row.part.and_then(|s| s.parse().ok()),
            author,
            body: row.body,
            created_at: row.created_at.assume_utc(),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewIlpComment {
    /// One of the plan's action steps, or none for the plan as a whole.
    pub step_id: Option<Uuid>,
    #[schema(min_length = 1, max_length = 5000)]
    pub body: String,
}

crate::kernel::revision_type!(
    /// An earlier version of a plan: who changed it, when, what, and how it read before.
    IlpRevision,
    Ilp
);
