//! Whom an event's changes tell: everyone registered (confirmed or waiting) when it is
//! cancelled or moves in time or place; the person who moves up from the waitlist; the person
//! someone else registered.

use super::json::Event;
use crate::error::ApiError;
use crate::notify::Notice;
use coachfolio_domain::event::{EventStep, RegistrationState};
use coachfolio_domain::notification::NoticeKind;
use coachfolio_persistence::events::{self, EventRow, RegistrationRow};
use coachfolio_persistence::DbConnection;

/// Everyone registered, when the event is cancelled or its day, time or place changes.
pub(crate) fn changed(
    c: &mut DbConnection,
    before: &EventRow,
    after: &Event,
    step: &EventStep,
) -> Result<Vec<Notice>, ApiError> {
    use RegistrationState::{Confirmed, EventCancelled, Waitlisted};
    let at = after.starts_at.time();
    let when = format!("{} at {:02}:{:02}", after.starts_at.date(), at.hour(), at.minute());
    let moved = (before.form.starts_at, before.form.ends_at, before.form.location())
        != (after.starts_at, after.ends_at, after.location.clone());
    // A cancellation has already moved the open registrations to "event cancelled".
    let (kind, title, body, told): (_, _, _, &[RegistrationState]) = match step {
        EventStep::Cancelled => (
            NoticeKind::EventCancelled,
            format!("Cancelled: {}", after.title),
            format!("{} on {when} is cancelled.", after.title),
            &[EventCancelled],
        ),
        EventStep::Updated if moved => (
            NoticeKind::EventChanged,
            format!("Changed: {}", after.title),
            format!("{} is now on {when}, at {}.", after.title, after.location.name),
            &[Confirmed, Waitlisted],
        ),
        EventStep::Updated => return Ok(Vec::new()),
    };
    Ok(events::roster(c, before.id)?
        .into_iter()
        .filter(|r| told.contains(&r.state))
        .map(|r| notice(before, &r, kind, title.clone(), body.clone()))
        .collect())
}

/// The person who moved up from the waitlist.
pub(crate) fn promoted(event: &EventRow, r: &RegistrationRow) -> Notice {
    let (title, day) = (&event.form.title, event.form.starts_at.date());
    notice(
        event,
        r,
        NoticeKind::RegistrationPromoted,
        format!("A place opened: you are registered for {title}"),
        format!("You moved up from the waitlist of {title} on {day}."),
    )
}

/// The person someone else registered (or put on the waitlist).
pub(crate) fn registered(event: &EventRow, r: &RegistrationRow) -> Notice {
    let (title, day) = (&event.form.title, event.form.starts_at.date());
    let placed = if r.state == RegistrationState::Waitlisted { "on the waitlist of" } else { "registered for" };
    notice(
        event,
        r,
        NoticeKind::Registered,
        format!("You are {placed} {title}"),
        format!("You are {placed} {title} on {day}."),
    )
}

fn notice(event: &EventRow, r: &RegistrationRow, kind: NoticeKind, title: String, body: String) -> Notice {
    Notice { to: r.user_id, program_id: event.program_id, kind, title, body, link: format!("/events/{}", event.id) }
}
