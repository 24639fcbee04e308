//! The professional-learning hours ledger over the API: a candidate's, the program's table.

pub mod json;
pub(crate) mod ledger;

pub mod enrollment;
pub mod export;
pub mod table;
