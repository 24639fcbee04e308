//! Who holds which role in a program.

pub mod json;

pub mod create;
pub mod delete;
pub mod list;
