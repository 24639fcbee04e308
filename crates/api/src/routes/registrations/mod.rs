//! Registrations for events: a person registers themself (or a coordinator on their behalf);
//! places are taken in order of arrival, then the waitlist; a cancellation moves the first
//! waiting up in the same transaction.

pub mod json;
pub(crate) mod record;

pub mod cancel;
pub mod get;
pub mod register;
pub mod roster;
