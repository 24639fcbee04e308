//! Accounts: managed by the installation administrator and, within their programs, by
//! coordinators (the rules are `policy::AccountAccess`).

pub mod json;
pub(crate) mod record;

pub mod create;
pub mod get;
pub mod invitation;
pub mod list;
pub mod update;
