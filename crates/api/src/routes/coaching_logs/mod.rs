//! Collaborative coaching logs: written by the coach, acknowledged by the candidate. The slice
//! to copy (docs/architecture.md): wire types in `json`, the record's rules in `record`, one
//! handler a file.

pub mod json;
pub(crate) mod record;

pub mod acknowledge;
pub mod create;
pub mod delete;
pub mod get;
pub mod list;
pub mod return_to_coach;
pub mod revisions;
pub mod submit;
pub mod update;
