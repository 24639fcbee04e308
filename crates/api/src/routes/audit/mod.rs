//! The program's audit trail.

pub mod json;

pub mod list;
