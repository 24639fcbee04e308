//! The Application to Practice: written by the candidate at the end of year 1 from their
//! submitted interim reflection; read by their coach and the program's staff.

pub mod json;
pub(crate) mod record;

pub mod comment;
pub mod comments;
pub mod create;
pub mod get;
pub mod of_enrollment;
pub mod submit;
pub mod update;
