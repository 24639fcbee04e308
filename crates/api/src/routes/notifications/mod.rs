//! Notifications: each person's in-app list (what changed of theirs, with a link to it), and
//! each person's email choices (immediately, daily digest, off) and the emails' one-click
//! unsubscribe, and the installation administrator's delivery log of their emails.

pub mod json;
mod preferences;

pub mod deliveries;
pub mod list;
pub mod my_preferences;
pub mod read;
pub mod read_all;
pub mod unsubscribe;
pub mod update_preferences;
