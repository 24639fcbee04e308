//! Cohorts on the wire.

use crate::kernel::EditAction;
use serde::{Deserialize, Serialize};
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
    /// What you may do with it now.
    pub can: EditAction,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCohort {
    #[schema(min_length = 1, max_length = 100)]
    pub label: String,
    pub start_date: Date,
    /// Defaults to the program's setting.
    #[schema(minimum = 1, maximum = 10)]
    pub program_years: Option<i32>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CohortChange {
    #[schema(min_length = 1, max_length = 100)]
    pub label: Option<String>,
    pub start_date: Option<Date>,
    #[schema(minimum = 1, maximum = 10)]
    pub program_years: Option<i32>,
}
