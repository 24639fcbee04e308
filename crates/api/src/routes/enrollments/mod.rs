//! Enrollments: a candidate in a program.

pub mod json;
pub(crate) mod record;

pub mod create;
pub mod get;
pub mod list;
pub mod status;
pub mod update;
