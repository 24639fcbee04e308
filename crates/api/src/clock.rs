//! The program's calendar: "today" is read in the program's time zone.

use time::{Date, OffsetDateTime};

/// Today's date in `zone` (an IANA name; the program's).
pub fn today_in(zone: &str) -> Date {
    coachfolio_domain::time_zone::date_in(zone, OffsetDateTime::now_utc())
}
