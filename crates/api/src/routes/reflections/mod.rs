//! Reflection assessments on the Descriptions of Practice: three terms per candidate, the
//! growth between them, and the program's view of every candidate's terms and plans.

pub mod json;
pub(crate) mod record;
pub(crate) mod roster;

pub mod create;
pub mod export;
pub mod get;
pub mod growth;
pub mod program;
pub mod reopen;
pub mod submit;
pub mod terms;
pub mod update;
