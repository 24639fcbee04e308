//! The CASC Completion Candidate Roster: a coordinator puts recommended candidates on a roster,
//! downloads it for the credential office and marks it submitted.

pub mod json;
pub(crate) mod record;

pub mod create;
pub mod export;
pub mod get;
pub mod list;
pub mod submit;
