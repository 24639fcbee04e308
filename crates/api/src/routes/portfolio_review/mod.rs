//! The coordinator's portfolio review: every active candidate with what to follow up and where
//! they stand on the completion items, filtered, sorted and as CSV.

pub mod json;
pub(crate) mod table;

pub mod export;
pub mod list;
