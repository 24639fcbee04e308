//! Sign-in: argon2id passwords, short-lived JWT access tokens and rotating refresh tokens.

pub mod current_user;
pub mod passwords;
pub mod session_cache;
pub mod throttle;
pub mod tokens;

pub use current_user::CurrentUser;
