//! Individual Leadership Plans: written by the candidate with their coach, commented on, put
//! into action and completed; and the coverage of the six standards across them.

pub mod json;
pub(crate) mod record;

pub mod comment;
pub mod comments;
pub mod coverage;
pub mod create;
pub mod delete;
pub mod get;
pub mod list;
pub mod revisions;
pub mod status;
pub mod update;
