//! Attendance from the sign-in sheet: coordinators mark each person at an event attended,
//! absent or excused (walk-ins too), record make-ups, and correct marks with their history;
//! a person reads their own mark as proof of attendance.

pub mod json;
pub(crate) mod record;

pub mod all_present;
pub mod export;
pub mod get;
pub mod mark;
pub mod revisions;
pub mod sheet;
