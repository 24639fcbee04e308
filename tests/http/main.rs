//! The HTTP suites, each test on SQLite and on PostgreSQL, in one test binary: one link of the
//! whole app instead of one per suite (each link is hundreds of megabytes and seconds of CI).
//! `tests/query_counts.rs` stays apart: it installs a process-wide query counter.

#[macro_use]
mod common;

mod access;
mod accounts_by_email;
mod annual_reviews;
mod applications_to_practice;
mod attendance;
mod auth;
mod calendar;
mod capabilities;
mod coaching_logs;
mod completion;
mod confidentiality;
mod contract_files;
mod documents;
mod enrollments;
mod events;
mod fees;
mod follow_ups;
mod hardening;
mod http_contract;
mod ilps;
mod notification_preferences;
mod notifications;
mod own_records;
mod portfolio_review;
mod professional_learning;
mod programs;
mod reflections;
mod requests;
mod to_do;
