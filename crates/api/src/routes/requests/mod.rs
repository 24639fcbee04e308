//! The program's requests (change of coach, extension, withdrawal, complaint, doctoral waiver):
//! submitted by the candidate, reviewed and decided by the role the handbook names, closed as
//! done; an approval takes effect on the coach, the enrollment and the fees.

pub mod json;
mod notices;
pub(crate) mod record;

pub mod cancel;
pub mod close;
pub mod comment;
pub mod comments;
pub mod create;
pub mod decide;
pub(crate) mod effects;
pub mod get;
pub mod list;
pub mod queue;
pub mod review;
