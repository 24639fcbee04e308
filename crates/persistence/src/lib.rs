//! Coachfolio's storage: one diesel codebase over SQLite (default) and PostgreSQL (for scale).
//!
//! Repositories are plain functions over `&mut DbConnection`; the caller decides the
//! transaction with [`Db::read`] or [`Db::write`], so several repository calls and the audit
//! entry of a change commit or roll back together.
//!
//! Lookups by a primary or unique key use `get_result`, never `first`: `first` binds `LIMIT ?`,
//! and SQLite marks a statement whose LIMIT is a bound value to be re-prepared on every rebind,
//! which made each cached lookup parse its SQL again (a third of a log read's time).

pub mod access_generation;
pub mod annual_reviews;
pub mod applications_to_practice;
pub mod attendance;
pub mod audit;
pub mod calendar_feeds;
pub mod coaching_logs;
pub mod cohorts;
pub mod comments;
pub mod completion_rosters;
pub mod completion_verifications;
mod connection;
pub mod districts;
pub mod documents;
pub mod enrollments;
mod error;
pub mod events;
pub mod fee_plans;
pub mod follow_ups;
pub mod ilps;
pub mod job_shadows;
pub mod memberships;
pub mod notification_preferences;
pub mod notifications;
pub mod password_links;
pub mod payments;
pub mod professional_learning;
pub mod programs;
pub mod reflections;
pub mod requests;
pub mod revisions;
pub mod schema;
pub mod sessions;
mod sql_types;
pub mod users;
pub mod versioned;

pub(crate) use connection::insert_rows;
pub use connection::{wait_for_other_starts, Backend, Db, DbConnection};
pub use error::{Found, StoreError};
pub use sql_types::Json;
pub use versioned::{save, Saved, Versioned};

use time::{OffsetDateTime, PrimitiveDateTime};

/// Now in UTC, truncated to microseconds so both backends store and return the same instant.
pub fn now() -> PrimitiveDateTime {
    let t = OffsetDateTime::now_utc();
    let t = t.replace_nanosecond(t.nanosecond() / 1000 * 1000).expect("valid nanosecond");
    PrimitiveDateTime::new(t.date(), t.time())
}
