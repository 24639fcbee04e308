//! Programs on the wire.

use crate::kernel::EditAction;
use crate::routes::cohorts::json::Cohort;
use coachfolio_domain::settings::RequirementSettings;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct Program {
    pub id: Uuid,
    pub name: String,
    pub organisation: String,
    /// The standards framework candidates reflect on.
    #[schema(example = "CPSEL")]
    pub framework: String,
    /// IANA time zone the program's dates are kept in.
    #[schema(example = "America/Los_Angeles")]
    pub time_zone: String,
    pub settings: RequirementSettings,
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// What you may do with it now.
    pub can: EditAction,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewProgram {
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    /// The county office or district that runs it.
    #[schema(min_length = 1, max_length = 200)]
    pub organisation: String,
    /// Defaults to America/Los_Angeles.
    #[schema(max_length = 64)]
    pub time_zone: Option<String>,
    /// Missing settings take the FCSS CASC defaults.
    pub settings: Option<RequirementSettings>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgramChange {
    #[schema(min_length = 1, max_length = 200)]
    pub name: Option<String>,
    #[schema(min_length = 1, max_length = 200)]
    pub organisation: Option<String>,
    #[schema(max_length = 64)]
    pub time_zone: Option<String>,
    /// Only the settings named change; the others keep their values.
    #[schema(value_type = Option<RequirementSettings>)]
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CohortCount {
    pub cohort: Cohort,
    pub candidates: i64,
}

/// The coordinator's program overview.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgramOverview {
    pub program: Program,
    /// Number of enrollments in each status.
    pub enrollments_by_status: BTreeMap<String, i64>,
    pub cohorts: Vec<CohortCount>,
    pub coaches: i64,
    /// Enrolled or extended candidates with no active coach.
    pub candidates_without_coach: i64,
}
