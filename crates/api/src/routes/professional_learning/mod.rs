//! Alternative professional learning: the PL reflection form the candidate (or their coach)
//! writes, its three PDFs, and the coordinator's approval or denial with a reason.

pub mod json;
pub(crate) mod record;

pub mod create;
pub mod decide;
pub mod get;
pub mod list;
pub mod queue;
pub mod submit;
pub mod update;
