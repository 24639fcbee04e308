//! Districts: the candidates' employers, whose representatives verify employment and pay fees.

pub mod json;
pub(crate) mod record;

pub mod create;
pub mod list;
pub mod update;
