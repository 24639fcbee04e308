//! Cohorts of a program (Cohort A starts in September, Cohort B in January).

pub mod create;
pub mod list;
pub mod update;

use coachfolio_persistence::cohorts::CohortRow;
use serde::Serialize;
use time::Date;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct Cohort {
    pub id: Uuid,
    pub program_id: Uuid,
    #[schema(example = "Cohort A")]
    pub label: String,
    /// Year 1 of its candidates starts here.
    pub start_date: Date,
    pub program_years: i32,
    pub version: i32,
}

impl From<&CohortRow> for Cohort {
    fn from(r: &CohortRow) -> Self {
        Cohort {
            id: r.id.parse().unwrap_or_default(),
            program_id: r.program_id.parse().unwrap_or_default(),
            label: r.label.clone(),
            start_date: r.start_date,
            program_years: r.program_years,
            version: r.version,
        }
    }
}

pub(crate) fn check_years(years: i32, errors: &mut Vec<coachfolio_domain::FieldError>) {
    if !(1..=10).contains(&years) {
        errors.push(coachfolio_domain::FieldError::new("program_years", "must be between 1 and 10"));
    }
}
