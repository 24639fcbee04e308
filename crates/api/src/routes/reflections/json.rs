//! Reflections on the wire.

use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::reflection::{Entry, Growth, Term};
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::{Date, OffsetDateTime};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// One term's reflection assessment.
#[derive(Debug, Serialize, ToSchema)]
pub struct Reflection {
    pub id: Uuid,
    pub program_id: Uuid,
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub term: Term,
    pub status: coachfolio_domain::reflection::ReflectionStatus,
    /// By element code ("1A" … "6C"); elements not yet touched are absent.
    pub entries: BTreeMap<String, Entry>,
    /// Elements rated (with evidence unless N/A), of `element_count`.
    pub complete_elements: u32,
    pub element_count: u32,
    pub percent_complete: u32,
    /// Elements placed at "meets" (3) or above.
    pub meets_elements: u32,
    pub due_date: Date,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub reopened_at: Option<OffsetDateTime>,
    pub reopened_by: Option<UserRef>,
    pub reopen_reason: Option<String>,
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// What you may do with it now.
    pub can: ReflectionActions,
}

/// What the caller may do with a reflection now.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct ReflectionActions {
    /// Rate and write (the candidate, until it is submitted).
    pub edit: bool,
    pub submit: bool,
    /// Make a submitted reflection editable again (the program's coordinators).
    pub reopen: bool,
}

/// Where a candidate stands on one term: for everyone who may see the candidate's
/// enrollment, without the reflection's text.
#[derive(Debug, Serialize, ToSchema)]
pub struct TermStatus {
    pub term: Term,
    /// The reflection, once started.
    pub reflection_id: Option<Uuid>,
    /// `not_started`, `in_progress` or `submitted`.
    #[schema(example = "in_progress")]
    pub status: String,
    pub percent_complete: u32,
    pub due_date: Date,
    /// Not submitted and past its due date (the program's date).
    pub overdue: bool,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewReflection {
    pub term: Term,
}

/// Entries to save, by element code: each replaces that element's entry; the others keep
/// theirs (the form autosaves one element at a time).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReflectionChange {
    pub entries: BTreeMap<String, Entry>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReopenRequest {
    /// Why it is reopened; kept in its history.
    #[schema(min_length = 1, max_length = 2000)]
    pub reason: String,
}

/// A candidate's growth across the submitted terms.
#[derive(Debug, Serialize, ToSchema)]
pub struct CandidateGrowth {
    pub enrollment_id: Uuid,
    /// The terms compared (submitted ones).
    pub terms: Vec<Term>,
    #[serde(flatten)]
    pub growth: Growth,
}

/// One candidate's line of the program's reflection and ILP view.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgramReflectionRow {
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub cohort_label: String,
    pub status: EnrollmentStatus,
    pub terms: Vec<TermStatus>,
    /// Elements at "meets" or above on the latest submitted term.
    pub latest_meets_elements: Option<u32>,
    pub ilps: IlpSummary,
}

/// A candidate's plans in brief.
#[derive(Debug, Serialize, ToSchema)]
pub struct IlpSummary {
    pub plans: u32,
    pub active: u32,
    pub completed: u32,
    /// Of the six standards, how many plans in action address.
    pub standards_addressed: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProgramReflections {
    /// The program's date (in its time zone) the view was made on.
    pub as_of: Date,
    pub element_count: u32,
    pub rows: Vec<ProgramReflectionRow>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ProgramReflectionsQuery {
    pub cohort_id: Option<Uuid>,
}
