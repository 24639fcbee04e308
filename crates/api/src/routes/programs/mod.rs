//! Programs and their requirement settings.

pub mod json;
pub(crate) mod record;

pub mod create;
pub mod defaults;
pub mod get;
pub mod list;
pub mod overview;
pub mod update;
