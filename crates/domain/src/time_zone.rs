//! A program's time zone: which calendar day it is for the program. Months of coaching, "not
//! in the future" and program years all turn on the program's date, not the server's (a
//! Californian evening is already tomorrow in UTC).

use jiff::tz::TimeZone;
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time};

/// Whether `name` is a zone of the IANA database ("America/Los_Angeles", "UTC").
pub fn is_known(name: &str) -> bool {
    TimeZone::get(name).is_ok()
}

/// The calendar date in `zone` at `at`. An unknown zone (none can be stored) reads as UTC.
pub fn date_in(zone: &str, at: OffsetDateTime) -> Date {
    local_in(zone, at).date()
}

/// The wall-clock date and time in `zone` at `at` (to the second). An unknown zone reads as UTC.
pub fn local_in(zone: &str, at: OffsetDateTime) -> PrimitiveDateTime {
    let utc = at.to_offset(time::UtcOffset::UTC);
    let utc = PrimitiveDateTime::new(utc.date(), utc.time());
    let Ok(tz) = TimeZone::get(zone) else { return utc };
    let Ok(instant) = jiff::Timestamp::from_second(at.unix_timestamp()) else { return utc };
    let z = instant.to_zoned(tz);
    let (d, t) = (z.date(), z.time());
    Month::try_from(d.month() as u8)
        .ok()
        .and_then(|m| Date::from_calendar_date(d.year().into(), m, d.day() as u8).ok())
        .and_then(|date| {
            let time = Time::from_hms(t.hour() as u8, t.minute() as u8, t.second() as u8).ok()?;
            Some(PrimitiveDateTime::new(date, time))
        })
        .unwrap_or(utc)
}

/// The instant a wall-clock time in `zone` names (a time skipped or repeated by a daylight-saving
/// change resolves as the zone's rules say, jiff's "compatible" choice). An unknown zone reads
/// as UTC.
pub fn instant_of(zone: &str, local: PrimitiveDateTime) -> OffsetDateTime {
    let utc = local.assume_utc();
    let Ok(tz) = TimeZone::get(zone) else { return utc };
    let civil = jiff::civil::DateTime::new(
        local.year() as i16,
        local.month() as i8,
        local.day() as i8,
        local.hour() as i8,
        local.minute() as i8,
        local.second() as i8,
        0,
    );
    civil
        .and_then(|dt| dt.to_zoned(tz))
        .ok()
        .and_then(|z| OffsetDateTime::from_unix_timestamp(z.timestamp().as_second()).ok())
        .unwrap_or(utc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn a_californian_evening_is_still_today() {
        let at = datetime!(2026-11-30 23:30 UTC); // 15:30 in Los Angeles
        assert_eq!(date_in("America/Los_Angeles", at), date!(2026 - 11 - 30));
        let at = datetime!(2026-12-01 06:30 UTC); // 22:30 on the 30th in Los Angeles
        assert_eq!(date_in("America/Los_Angeles", at), date!(2026 - 11 - 30));
        assert_eq!(date_in("UTC", at), date!(2026 - 12 - 01));
        // Daylight saving: 07:30 UTC in July is 00:30 in Los Angeles.
        assert_eq!(date_in("America/Los_Angeles", datetime!(2026-07-02 07:30 UTC)), date!(2026 - 07 - 02));
        assert_eq!(date_in("Pacific/Kiritimati", datetime!(2026-11-30 11:00 UTC)), date!(2026 - 12 - 01));
        assert_eq!(local_in("America/Los_Angeles", datetime!(2026-12-01 06:30:15 UTC)), datetime!(2026-11-30 22:30:15));
        // A September evening in Fresno is 7 hours behind UTC, a January one 8.
        assert_eq!(instant_of("America/Los_Angeles", datetime!(2026-09-24 17:30)), datetime!(2026-09-25 00:30 UTC));
        assert_eq!(instant_of("America/Los_Angeles", datetime!(2027-01-21 17:30)), datetime!(2027-01-22 01:30 UTC));
    }

    #[test]
    fn only_zones_of_the_database_are_known() {
        assert!(is_known("America/Los_Angeles"));
        assert!(is_known("UTC"));
        assert!(!is_known("Mars/Olympus_Mons"));
        assert!(!is_known("America/los angeles"));
        assert!(!is_known(""));
    }

    #[test]
    fn an_unknown_zone_reads_as_utc() {
        assert_eq!(date_in("Nowhere/Special", datetime!(2026-12-01 06:30 UTC)), date!(2026 - 12 - 01));
    }
}
