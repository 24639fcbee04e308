//! Sign-in, token refresh, sign-out and password change.

pub mod json;
pub(crate) mod session;

pub mod login;
pub mod logout;
pub mod password;
pub mod refresh;
