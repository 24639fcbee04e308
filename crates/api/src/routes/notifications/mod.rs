//! Notifications: each person's in-app list (what changed of theirs, with a link to it), and
//! the installation administrator's delivery log of their emails.

pub mod json;

pub mod deliveries;
pub mod list;
pub mod read;
pub mod read_all;
