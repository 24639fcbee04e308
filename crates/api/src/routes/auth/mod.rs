//! Sign-in, token refresh, sign-out, password change, and passwords set through an emailed link
//! (invitations and resets).

pub mod json;
mod link;
mod new_password;
pub(crate) mod session;

pub mod login;
pub mod logout;
pub mod password;
pub mod password_link;
pub mod password_reset;
pub mod refresh;
pub mod set_password;
pub mod settings;
