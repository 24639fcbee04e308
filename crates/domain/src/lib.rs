//! Coachfolio's domain: the records' vocabulary and the program's rules, free of I/O so every
//! rule can be unit- and property-tested on its own.

pub mod annual_review;
pub mod application_to_practice;
pub mod attendance;
pub mod coaching_log;
pub mod completion;
pub mod doctoral_waiver;
pub mod document;
pub mod enrollment;
pub mod event;
pub mod fees;
pub mod follow_up;
pub mod ids;
pub mod ilp;
pub mod job_shadow;
pub mod ledger;
pub mod notification;
pub mod password;
pub mod password_link;
pub mod permission;
pub mod portfolio_review;
pub mod professional_learning;
pub mod program_year;
pub mod reflection;
pub mod request;
pub mod role;
pub mod roster;
pub mod settings;
#[cfg(feature = "sql")]
mod sql;
pub mod standards;
pub mod step;
mod text_enum;
pub mod time_zone;
pub mod to_do;
pub mod user;
pub mod validation;

pub use validation::{FieldError, Invalid};
