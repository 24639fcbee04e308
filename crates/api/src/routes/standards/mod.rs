//! The CPSEL reference data.

pub mod list;
