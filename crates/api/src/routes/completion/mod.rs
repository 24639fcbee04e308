//! The Program Completion Verification: the handbook's form, its items computed from the
//! candidate's records, confirmed in two columns and signed by four parties.

pub(crate) mod facts;
pub mod json;
mod notices;
pub(crate) mod record;

pub mod confirm;
pub mod get;
pub mod program_status;
pub mod sign;
pub mod unconfirm;
