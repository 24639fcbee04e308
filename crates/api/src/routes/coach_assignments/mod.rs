//! Coach ↔ candidate pairings, with their history.

pub mod json;
pub(crate) mod record;

pub mod create;
pub mod end;
pub mod list;
