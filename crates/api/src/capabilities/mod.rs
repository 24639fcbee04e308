//! Who may do what, in one place. The rules are `coachfolio_domain::permission`'s table; this
//! module loads what they need (the caller's roles in a program, their relation to an
//! enrollment, a former coach's periods), answers refusals (404 out of scope, 403 in scope but
//! not allowed), and keeps a caller's enrollment access across requests while it holds.
//! Handlers ask it through the [`Caller`] extractor; every view sends the caller's answers
//! (`can`), and the web app reads them instead of roles.
//!
//! A service token's scopes (a later issue) narrow a person's permissions here, in
//! `ProgramAccess::allows` and `EnrollmentAccess::allows`, so no handler changes.

mod account;
mod cache;
mod caller;
mod enrollment;
mod program;
mod reach;

pub use account::AccountAccess;
pub use cache::AccessCache;
pub(crate) use cache::EnrollmentScope;
pub use caller::Caller;
pub use coachfolio_domain::permission::{EnrollmentPermission, InstallationPermission, ProgramPermission, Relation};
pub use enrollment::EnrollmentAccess;
pub use program::ProgramAccess;
pub use reach::{Dated, Reach};
