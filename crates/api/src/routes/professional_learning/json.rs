//! Alternative professional learning on the wire.

use crate::routes::documents::json::AttachedDocument;
use coachfolio_domain::document::DocumentKind;
use coachfolio_domain::professional_learning::{PlReflection, PlStatus};
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct ProfessionalLearning {
    pub id: Uuid,
    pub program_id: Uuid,
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    /// Title of the professional learning.
    pub title: String,
    pub activity_date: Date,
    /// The time it counts for, in minutes.
    pub minutes: u32,
    /// The ILP it relates to.
    pub ilp_id: Option<Uuid>,
    pub reflection: PlReflection,
    pub status: PlStatus,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    pub decided_by: Option<UserRef>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub decided_at: Option<OffsetDateTime>,
    /// Why it was approved or denied.
    pub decision_reason: Option<String>,
    /// The PDFs attached to it.
    pub documents: Vec<AttachedDocument>,
    /// Which of the three required PDFs (reflection form, agenda, sign-in sheet) are missing.
    pub missing_documents: Vec<DocumentKind>,
    pub created_by: UserRef,
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub can: PlActions,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct PlActions {
    /// Change it and attach its PDFs (the candidate and their current coach, while it is a
    /// draft or was denied).
    pub edit: bool,
    pub submit: bool,
    /// Approve or deny it (the program's coordinators, once submitted).
    pub decide: bool,
}

/// A new alternative professional learning.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewProfessionalLearning {
    #[schema(min_length = 1, max_length = 200, example = "Equity in education")]
    pub title: String,
    pub activity_date: Date,
    #[schema(minimum = 1, maximum = 1440, example = 360)]
    pub minutes: i32,
    pub ilp_id: Option<Uuid>,
    #[serde(default)]
    pub reflection: PlReflection,
}

/// Fields to change; a field left out keeps its value (`ilp_id: null` detaches the ILP).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfessionalLearningChange {
    #[schema(max_length = 200)]
    pub title: Option<String>,
    pub activity_date: Option<Date>,
    #[schema(minimum = 1, maximum = 1440)]
    pub minutes: Option<i32>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<Uuid>)]
    pub ilp_id: Option<Option<Uuid>>,
    pub reflection: Option<PlReflection>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlVerdict {
    Approved,
    Denied,
}

/// A coordinator's decision, with its reason.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlDecision {
    pub decision: PlVerdict,
    #[schema(min_length = 1, max_length = 2000)]
    pub reason: String,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct QueueQuery {
    /// Which records (default: submitted, the ones waiting for a decision).
    pub status: Option<PlStatus>,
}
