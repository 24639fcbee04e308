//! The job shadow and the Distinguished School / WASC visit: the candidate's one-page forms,
//! one of which over the program meets the requirement.

pub mod json;
pub(crate) mod record;

pub mod create;
pub mod get;
pub mod list;
pub mod submit;
pub mod update;
