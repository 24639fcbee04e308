//! The e-portfolio's documents: PDFs of evidence uploaded by the candidate, their coach or a
//! coordinator, read as the record they support, replaced by new versions (kept), downloaded
//! under the handbook's naming convention.

pub(crate) mod attach;
pub(crate) mod form;
pub mod json;
pub(crate) mod record;

pub mod delete;
pub mod file;
pub mod get;
pub mod list;
pub mod new_version;
pub mod upload;
