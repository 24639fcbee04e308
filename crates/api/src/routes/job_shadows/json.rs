//! Job shadows and school visits on the wire.

use crate::routes::documents::json::AttachedDocument;
use coachfolio_domain::job_shadow::{ExperienceForm, ExperienceKind, ExperienceStatus};
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

/// A job shadow or a Distinguished School / Gold Ribbon / WASC visit.
#[derive(Debug, Serialize, ToSchema)]
pub struct Experience {
    pub id: Uuid,
    pub program_id: Uuid,
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub kind: ExperienceKind,
    /// The day of the job shadow or visit.
    pub activity_date: Date,
    /// The time spent, in minutes (a job shadow: at least the program's minimum, 4 hours).
    pub minutes: Option<u32>,
    pub form: ExperienceForm,
    pub status: ExperienceStatus,
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    /// The optional PDF of the one-page summary.
    pub documents: Vec<AttachedDocument>,
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub can: ExperienceActions,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct ExperienceActions {
    /// Write and submit it (the candidate, until it is submitted).
    pub edit: bool,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewExperience {
    pub kind: ExperienceKind,
    pub activity_date: Date,
    #[schema(minimum = 1, maximum = 1440, example = 240)]
    pub minutes: Option<i32>,
    #[serde(default)]
    pub form: ExperienceForm,
}

/// Fields to change; a field left out keeps its value (the form is replaced whole).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExperienceChange {
    pub activity_date: Option<Date>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 1440)]
    pub minutes: Option<Option<i32>>,
    pub form: Option<ExperienceForm>,
}
