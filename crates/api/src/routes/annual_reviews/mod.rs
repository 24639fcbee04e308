//! The e-portfolio's annual review: the candidate and their coach each mark it reviewed for a
//! program year.

pub mod json;
pub(crate) mod record;

pub mod list;
pub mod mark;
