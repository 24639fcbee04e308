//! Requests on the wire.

use crate::routes::documents::json::AttachedDocument;
use coachfolio_domain::request::{Decider, Decision, RequestForm, RequestKind, RequestStatus};
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::comments::CommentRow;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct Request {
    pub id: Uuid,
    pub program_id: Uuid,
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub kind: RequestKind,
    /// The handbook form's fields.
    pub form: RequestForm,
    pub status: RequestStatus,
    /// Who decides it: the director (extensions and doctoral waivers) or the coordinators.
    pub decided_by_role: Decider,
    /// The decision, once made: approved or not, the reason, and what the approval set.
    pub decision: Option<Decision>,
    /// Every step: submitted, under review, approved or denied, done (or cancelled).
    pub steps: Vec<RequestStep>,
    pub submitted_by: UserRef,
    #[serde(with = "time::serde::rfc3339")]
    pub submitted_at: OffsetDateTime,
    /// The documents attached to it.
    pub documents: Vec<AttachedDocument>,
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub can: RequestActions,
}

/// One step of a request's flow.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RequestStep {
    pub status: RequestStatus,
    pub by: UserRef,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct RequestActions {
    /// Take it under review (the program's coordinators and director).
    pub review: bool,
    /// Approve or deny it (the director for extensions and waivers, else coordinators).
    pub decide: bool,
    /// Close it as done once decided (the program's coordinators and director).
    pub close: bool,
    /// Cancel it while open (the candidate, or the coordinator who filed it).
    pub cancel: bool,
    /// Comment on it (whoever reads it).
    pub comment: bool,
    /// Attach documents while it is not closed (the candidate and the program's coordinators).
    pub attach: bool,
}

/// A note with a step of the flow.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StepNote {
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct QueueQuery {
    /// Which requests (default: the open ones, submitted or under review).
    pub status: Option<RequestStatus>,
    pub kind: Option<RequestKind>,
}

/// A request in the program's queue.
#[derive(Debug, Serialize, ToSchema)]
pub struct QueuedRequest {
    pub id: Uuid,
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub decided_by_role: Decider,
    #[serde(with = "time::serde::rfc3339")]
    pub submitted_at: OffsetDateTime,
    /// Whether you may decide it.
    pub you_decide: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RequestComment {
    pub id: Uuid,
    pub author: UserRef,
    pub body: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

impl RequestComment {
    pub fn new(row: CommentRow, author: UserRef) -> RequestComment {
        RequestComment { id: row.id.uuid(), author, body: row.body, created_at: row.created_at.assume_utc() }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRequestComment {
    #[schema(min_length = 1, max_length = 5000)]
    pub body: String,
}
