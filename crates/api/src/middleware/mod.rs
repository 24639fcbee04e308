//! What every request and answer passes through, before and after the handlers: the security
//! headers, a read timeout on request bodies, and the refusal of a NUL in a query string.

pub mod body_timeout;
pub mod headers;
pub mod query;

use std::path::PathBuf;
use std::time::Duration;

/// How the application is served (from `Config`; the tests' defaults otherwise).
#[derive(Debug, Clone)]
pub struct Serving {
    /// The built web app.
    pub static_dir: PathBuf,
    /// How long a request body may go without a byte arriving before it is answered 408.
    pub body_read_timeout: Duration,
    /// `Strict-Transport-Security`'s max-age, when served behind TLS.
    pub hsts_seconds: Option<u32>,
}

impl Serving {
    pub fn new(static_dir: impl Into<PathBuf>) -> Serving {
        Serving { static_dir: static_dir.into(), body_read_timeout: Duration::from_secs(30), hsts_seconds: None }
    }
}
