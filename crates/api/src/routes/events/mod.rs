//! Events: orientation, cohort and coach meetings, professional-learning days, the end-of-year
//! meeting. Coordinators schedule, edit, copy and cancel them; people see those meant for them.

pub mod json;
pub(crate) mod notices;
pub(crate) mod record;

pub mod calendar;
pub mod cancel;
pub mod copy;
pub mod create;
pub mod get;
pub mod list;
pub mod update;
