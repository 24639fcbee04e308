//! Events as iCalendar (RFC 5545), for the `.ics` download and the private feeds. Times go out
//! in UTC (from the program's wall clock), so no time-zone definitions are needed; the UID is the
//! event's, stable across changes, and SEQUENCE counts its changes, so a calendar updates the
//! entry in place; a cancelled event goes out as STATUS:CANCELLED.

use coachfolio_domain::event::EventStatus;
use coachfolio_domain::time_zone::instant_of;
use coachfolio_persistence::events::EventRow;
use icalendar::{Calendar, Component, EventLike};

/// The UID of an event in every calendar.
fn uid(row: &EventRow) -> String {
    format!("{}@coachfolio", row.id)
}

fn entry(row: &EventRow, time_zone: &str) -> icalendar::Event {
    let f = &row.form;
    let location = [f.location_name.as_str(), f.location_room.as_str(), f.location_address.as_str()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let mut e = icalendar::Event::new();
    e.uid(&uid(row))
        .summary(&f.title)
        .starts(instant_of(time_zone, f.starts_at))
        .ends(instant_of(time_zone, f.ends_at))
        .sequence(row.version.max(1) as u32 - 1)
        .status(if row.status == EventStatus::Cancelled {
            icalendar::EventStatus::Cancelled
        } else {
            icalendar::EventStatus::Confirmed
        });
    let cancelled = match (&row.status, &row.cancel_reason) {
        (EventStatus::Cancelled, Some(reason)) => format!("Cancelled: {reason}"),
        (EventStatus::Cancelled, None) => "Cancelled".to_string(),
        _ => String::new(),
    };
    let description =
        [cancelled.as_str(), f.description.as_str()].into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>();
    if !description.is_empty() {
        e.description(&description.join("\n\n"));
    }
    if !location.is_empty() {
        e.location(&location);
    }
    e.done()
}

/// A calendar of these events (each with its program's time zone). A feed is named (calendar
/// apps show it as a calendar of its own); a single event's download is not, so importing it
/// adds the event to the person's own calendar.
pub(crate) fn ics<'a>(name: Option<&str>, events: impl IntoIterator<Item = (&'a EventRow, &'a str)>) -> String {
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//Coachfolio//Events//EN"))
        .append_property(("CALSCALE", "GREGORIAN"));
    if let Some(name) = name {
        cal.name(name);
    }
    for (row, zone) in events {
        cal.push(entry(row, zone));
    }
    cal.done().to_string()
}
