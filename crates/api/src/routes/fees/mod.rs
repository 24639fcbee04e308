//! Fees: an enrollment's fee plan from its cost structure, its installments and payments, the
//! balance; payments recorded (and reversed) by coordinators; the program's receivables.

pub mod json;
pub(crate) mod plan;

pub mod change_plan;
pub mod enrollment;
pub mod export;
pub mod receivables;
pub mod record_payment;
pub mod reverse;
