//! Cohorts of a program (Cohort A starts in September, Cohort B in January).

pub mod json;
pub(crate) mod record;

pub mod create;
pub mod list;
pub mod update;
