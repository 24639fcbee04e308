//! Sign-in: argon2id passwords, short-lived JWT access tokens and rotating refresh tokens.

pub(crate) mod links;
pub mod passwords;
pub mod session_cache;
pub mod throttle;
pub mod tokens;
