//! Private calendar feeds: each person may have one secret URL that serves their confirmed
//! events as iCalendar, for a calendar app to subscribe to. Making a new one revokes the old.

pub mod json;

pub mod create;
pub mod delete;
pub mod feed;
pub mod get;
