//! The program's calendar: "today" is read in the program's time zone.

use time::{Date, OffsetDateTime, PrimitiveDateTime};

/// Today's date in `zone` (an IANA name; the program's).
pub fn today_in(zone: &str) -> Date {
    coachfolio_domain::time_zone::date_in(zone, OffsetDateTime::now_utc())
}

/// The wall-clock time now in `zone` (event times are kept as the program's local times).
pub fn now_in(zone: &str) -> PrimitiveDateTime {
    coachfolio_domain::time_zone::local_in(zone, OffsetDateTime::now_utc())
}
