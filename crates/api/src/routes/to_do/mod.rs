//! What the signed-in person must do next in a program: the list each home starts with, built
//! from the records for each part they play (candidate, coach, the program's staff, district
//! representative).

pub mod json;

mod candidate;
mod coach;
mod program;
mod theirs;

pub mod list;
