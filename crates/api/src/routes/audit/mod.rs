//! The program's audit trail.

pub mod list;
