//! The hours ledger over the API: a candidate's, a coach's caseload, the program's table.

pub mod json;
pub(crate) mod ledger;

pub mod caseload;
pub mod enrollment;
pub mod export;
pub mod table;
