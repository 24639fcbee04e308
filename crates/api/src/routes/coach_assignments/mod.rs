//! Coach ↔ candidate pairings, with their history.

pub mod json;

pub mod create;
pub mod end;
pub mod list;
