//! The coaching log on the wire: what the API answers and the bodies it accepts.

use coachfolio_domain::coaching_log::{LogMode, LogState};
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CoachingLog {
    pub id: Uuid,
    pub program_id: Uuid,
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub coach: UserRef,
    pub state: LogState,
    pub meeting_date: Option<Date>,
    /// "HH:MM", 24-hour.
    pub start_time: Option<String>,
    pub duration_minutes: Option<u32>,
    pub mode: Option<LogMode>,
    pub activity_codes: Vec<String>,
    /// CPSEL standards addressed (1–6).
    pub standards: Vec<u8>,
    /// Current focus, challenges and celebrations.
    pub focus: String,
    pub candidate_next_steps: String,
    pub coach_next_steps: String,
    pub ilp_revisions: String,
    pub next_meeting_date: Option<Date>,
    pub next_meeting_time: Option<String>,
    /// Whether the reflective follow-up conversation happened.
    pub follow_up_done: Option<bool>,
    /// The coach's signature.
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    /// The candidate's signature.
    #[serde(with = "time::serde::rfc3339::option")]
    pub acknowledged_at: Option<OffsetDateTime>,
    pub acknowledged_by: Option<UserRef>,
    pub acknowledgement_comment: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub returned_at: Option<OffsetDateTime>,
    pub return_reason: Option<String>,
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// What you may do with this log now. (An earlier revision allows nothing.)
    #[serde(default)]
    #[schema(required = true)]
    pub can: LogActions,
}

/// What the caller may do with a coaching log now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct LogActions {
    /// Change it (its coach; a draft only its author).
    pub edit: bool,
    /// Sign it as its coach.
    pub submit: bool,
    /// Sign it as its candidate.
    pub acknowledge: bool,
    /// Send it back to the coach (coordinators).
    pub r#return: bool,
    /// Throw the draft away (its author).
    pub discard: bool,
}

/// The log form's fields. Every field is optional (drafts save as the coach types); on a
/// change, a field left out keeps its value and `null` clears it.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LogFieldsBody {
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<Date>)]
    pub meeting_date: Option<Option<Date>>,
    /// "HH:MM", 24-hour.
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<String>, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    pub start_time: Option<Option<String>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<u32>, minimum = 1, maximum = 720)]
    pub duration_minutes: Option<Option<u32>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<LogMode>)]
    pub mode: Option<Option<LogMode>>,
    /// Codes from the program's `settings.activity_codes`.
    pub activity_codes: Option<Vec<String>>,
    #[schema(value_type = Option<Vec<u8>>)]
    pub standards: Option<Vec<u8>>,
    #[schema(max_length = 20000)]
    pub focus: Option<String>,
    #[schema(max_length = 20000)]
    pub candidate_next_steps: Option<String>,
    #[schema(max_length = 20000)]
    pub coach_next_steps: Option<String>,
    #[schema(max_length = 20000)]
    pub ilp_revisions: Option<String>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<Date>)]
    pub next_meeting_date: Option<Option<Date>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<String>, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    pub next_meeting_time: Option<Option<String>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<bool>)]
    pub follow_up_done: Option<Option<bool>>,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Acknowledgement {
    #[schema(max_length = 2000)]
    pub comment: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReturnRequest {
    /// What the coach should fix.
    #[schema(min_length = 1, max_length = 2000)]
    pub reason: String,
}

crate::kernel::revision_type!(
    /// An earlier version of a signed log: who changed it, when, what, and how it read before.
    LogRevision,
    CoachingLog
);
