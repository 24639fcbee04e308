//! Follow-ups: the portfolio review's "contact the candidate", a message from the program's
//! coordinators or director to a candidate, open until one of them resolves it.

pub mod json;
pub(crate) mod record;

pub mod create;
pub mod list;
pub mod reopen;
pub mod resolve;
