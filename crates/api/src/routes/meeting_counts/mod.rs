//! The meeting counts the requirements use, from attendance: per candidate and program year
//! (orientation, cohort meetings, the end-of-year meeting, professional-learning event time)
//! and per coach and school year (coach meetings, the 2-day training).

pub(crate) mod counts;
pub mod json;

pub mod coach;
pub mod enrollment;
pub mod export;
pub mod table;
