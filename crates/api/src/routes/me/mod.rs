//! The signed-in person: who they are, their enrollments, their candidates.

pub mod candidates;
pub mod enrollments;
pub mod get;
