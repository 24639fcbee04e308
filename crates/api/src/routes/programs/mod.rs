//! Programs and their requirement settings.

pub mod create;
pub mod get;
pub mod list;
pub mod overview;
pub mod update;

use crate::error::ApiError;
use coachfolio_domain::settings::RequirementSettings;
use coachfolio_persistence::programs::ProgramRow;
use serde::Serialize;
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
}

impl TryFrom<&ProgramRow> for Program {
    type Error = ApiError;
    fn try_from(p: &ProgramRow) -> Result<Self, ApiError> {
        Ok(Program {
            id: p.id.parse().unwrap_or_default(),
            name: p.name.clone(),
            organisation: p.organisation.clone(),
            framework: p.framework.clone(),
            time_zone: p.time_zone.clone(),
            settings: p.settings()?,
            version: p.version,
            created_at: p.created_at.assume_utc(),
        })
    }
}

/// A zone of the IANA database ("America/Los_Angeles", "UTC"): the program's dates follow it.
pub(crate) fn check_time_zone(tz: &str, errors: &mut Vec<coachfolio_domain::FieldError>) {
    if !coachfolio_domain::time_zone::is_known(tz) {
        errors.push(coachfolio_domain::FieldError::new(
            "time_zone",
            "must be an IANA time zone such as America/Los_Angeles",
        ));
    }
}
