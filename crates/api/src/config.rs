//! Configuration from environment variables (documented in the README).

use crate::middleware::Serving;
use crate::notify::mailer::MailConfig;
use crate::storage::{BucketConfig, Storage};
use coachfolio_persistence::Backend;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Config {
    pub database: Backend,
    pub bind: String,
    pub data_dir: PathBuf,
    pub static_dir: PathBuf,
    pub log_level: String,
    pub access_token_seconds: i64,
    pub refresh_token_seconds: i64,
    pub demo_data: bool,
    pub pool_size: u32,
    /// The signing key, when given in the environment (otherwise kept in the data directory).
    pub jwt_secret: Option<Vec<u8>>,
    /// The largest document accepted, in megabytes.
    pub max_upload_mb: u64,
    /// An S3-compatible bucket for the documents (otherwise the data directory keeps them).
    pub bucket: Option<BucketConfig>,
    /// Seconds a request body may go without a byte arriving (then 408).
    pub body_read_timeout_seconds: u64,
    /// `Strict-Transport-Security` max-age, when served behind TLS (0: not sent).
    pub hsts_seconds: u32,
    /// Where notifications are emailed (otherwise they are in-app only).
    pub mail: Option<MailConfig>,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn number(name: &str, default: i64, min: i64, max: i64) -> Result<i64, String> {
    match var(name) {
        None => Ok(default),
        Some(v) => v
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (min..=max).contains(n))
            .ok_or_else(|| format!("{name} must be a whole number from {min} to {max}, not {v:?}")),
    }
}

impl Config {
    pub fn from_env() -> Result<Config, String> {
        let data_dir = PathBuf::from(var("COACHFOLIO_DATA_DIR").unwrap_or_else(|| "./data".into()));
        let url = var("DATABASE_URL").unwrap_or_else(|| data_dir.join("coachfolio.db").to_string_lossy().into_owned());
        let database = Backend::from_url(&url).map_err(|e| format!("DATABASE_URL: {e}"))?;
        let jwt_secret = match var("COACHFOLIO_JWT_SECRET") {
            Some(s) if s.len() < 32 => return Err("COACHFOLIO_JWT_SECRET must be at least 32 characters".into()),
            other => other.map(String::into_bytes),
        };
        let demo_data = match var("COACHFOLIO_DEMO_DATA").as_deref() {
            None | Some("true" | "1" | "yes") => true,
            Some("false" | "0" | "no") => false,
            Some(v) => return Err(format!("COACHFOLIO_DEMO_DATA must be true or false, not {v:?}")),
        };
        Ok(Config {
            database,
            bind: var("COACHFOLIO_BIND").unwrap_or_else(|| "127.0.0.1:8080".into()),
            data_dir,
            static_dir: PathBuf::from(var("COACHFOLIO_STATIC_DIR").unwrap_or_else(|| "frontend/dist".into())),
            log_level: var("COACHFOLIO_LOG").unwrap_or_else(|| "info".into()),
            access_token_seconds: number("COACHFOLIO_ACCESS_TOKEN_SECONDS", 900, 30, 86_400)?,
            refresh_token_seconds: number("COACHFOLIO_REFRESH_TOKEN_SECONDS", 14 * 86_400, 300, 365 * 86_400)?,
            demo_data,
            pool_size: number("COACHFOLIO_DB_POOL_SIZE", 10, 1, 200)? as u32,
            jwt_secret,
            max_upload_mb: number("COACHFOLIO_MAX_UPLOAD_MB", 20, 1, 1024)? as u64,
            bucket: bucket_from_env()?,
            body_read_timeout_seconds: number("COACHFOLIO_BODY_READ_TIMEOUT_SECONDS", 30, 1, 3600)? as u64,
            hsts_seconds: number("COACHFOLIO_HSTS_SECONDS", 0, 0, 63_072_000)? as u32,
            mail: mail_from_env()?,
        })
    }

    /// How the application is served.
    pub fn serving(&self) -> Serving {
        Serving {
            static_dir: self.static_dir.clone(),
            body_read_timeout: std::time::Duration::from_secs(self.body_read_timeout_seconds),
            hsts_seconds: (self.hsts_seconds > 0).then_some(self.hsts_seconds),
        }
    }

    /// What start-up prints: every setting, no secret.
    pub fn describe(&self) -> String {
        format!(
            "database: {}\nbind: {}\ndata directory: {}\nstatic files: {}\nlog level: {}\naccess tokens: {} s, refresh tokens: {} s\ndemo data: {}\nsigning key: {}\ndocuments: {} (at most {} MB each)\nrequest bodies: 408 after {} s without a byte; HSTS: {}\nemail: {}",
            self.database.describe(),
            self.bind,
            self.data_dir.display(),
            self.static_dir.display(),
            self.log_level,
            self.access_token_seconds,
            self.refresh_token_seconds,
            if self.demo_data { "on an empty database" } else { "off" },
            if self.jwt_secret.is_some() { "from COACHFOLIO_JWT_SECRET" } else { "kept in the data directory" },
            match &self.bucket {
                Some(b) => format!("S3 bucket {} at {}", b.bucket, b.endpoint.as_deref().unwrap_or(&b.region)),
                None => self.documents_dir().display().to_string(),
            },
            self.max_upload_mb,
            self.body_read_timeout_seconds,
            if self.hsts_seconds > 0 { format!("max-age={}", self.hsts_seconds) } else { "off".into() },
            match &self.mail {
                Some(m) => m.describe(),
                None => "off, notifications are in-app only (set COACHFOLIO_SMTP_URL to email them)".into(),
            },
        )
    }

    /// The document storage the configuration names.
    pub fn storage(&self) -> Result<Storage, String> {
        let max = self.max_upload_mb * 1024 * 1024;
        match &self.bucket {
            Some(b) => Storage::bucket(b, self.documents_dir().join("incoming"), max),
            None => Storage::local(self.documents_dir(), max)
                .map_err(|e| format!("cannot keep documents in {}: {e}", self.documents_dir().display())),
        }
    }

    /// Where the e-portfolio's files are kept.
    pub fn documents_dir(&self) -> PathBuf {
        self.data_dir.join("documents")
    }
}

/// `COACHFOLIO_SMTP_URL` turns email on; the sender and the public URL are then required.
fn mail_from_env() -> Result<Option<MailConfig>, String> {
    let Some(smtp_url) = var("COACHFOLIO_SMTP_URL") else {
        return Ok(None);
    };
    let required = |name: &str| var(name).ok_or_else(|| format!("{name} is required with COACHFOLIO_SMTP_URL"));
    let public_url = required("COACHFOLIO_PUBLIC_URL")?;
    if !(public_url.starts_with("https://") || public_url.starts_with("http://")) {
        return Err(format!("COACHFOLIO_PUBLIC_URL must start with https:// or http://, not {public_url:?}"));
    }
    Ok(Some(MailConfig { smtp_url, from: required("COACHFOLIO_MAIL_FROM")?, public_url }))
}

/// `COACHFOLIO_S3_BUCKET` chooses object storage; its credentials are then required.
fn bucket_from_env() -> Result<Option<BucketConfig>, String> {
    let Some(bucket) = var("COACHFOLIO_S3_BUCKET") else {
        return Ok(None);
    };
    let required = |name: &str| var(name).ok_or_else(|| format!("{name} is required with COACHFOLIO_S3_BUCKET"));
    Ok(Some(BucketConfig {
        bucket,
        endpoint: var("COACHFOLIO_S3_ENDPOINT"),
        region: var("COACHFOLIO_S3_REGION").unwrap_or_else(|| "us-east-1".into()),
        access_key_id: required("COACHFOLIO_S3_ACCESS_KEY_ID")?,
        secret_access_key: required("COACHFOLIO_S3_SECRET_ACCESS_KEY")?,
    }))
}
