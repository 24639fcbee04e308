//! The attendance mark as a record of the kernel: who reads it, who marks it, what a mark may
//! say, and the attendance sheet.

use super::json::{
    Attendance, AttendanceActions, AttendanceSheet, Makeup, MakeupRequest, MarkAttendance, SheetActions, SheetLine,
};
use crate::capabilities::ProgramPermission;
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{Loaded, Record};
use crate::routes::events::record::EventContext;
use coachfolio_domain::attendance::{self, AttendanceStatus, MakeupInput, Session, MAX_NOTE};
use coachfolio_domain::event::{EventStatus, RegistrationState};
use coachfolio_domain::ids::{AttendanceId, EventId, ProgramId, UserId};
use coachfolio_domain::step::Edit;
use coachfolio_domain::user::UserRef;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::attendance::{self as marks, AttendanceMark, AttendanceRow};
use coachfolio_persistence::events::{self, EventRow};
use coachfolio_persistence::Found;
use coachfolio_persistence::{programs, users, DbConnection};

/// The attendance kind.
pub(crate) struct AttendanceRecord;

/// The event marked, and the caller in its program.
pub(crate) struct AttendanceContext {
    pub event: EventRow,
    pub ctx: EventContext,
}

impl Record for AttendanceRecord {
    type Row = AttendanceRow;
    type Context = AttendanceContext;
    type View = Attendance;
    type Step = Edit;
    const ENTITY: &'static str = "attendance";

    fn program_id(row: &AttendanceRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(c: &mut DbConnection, row: &AttendanceRow, ctx: &AttendanceContext) -> Result<Attendance, ApiError> {
        let people = users::refs(c, &[row.user_id, row.recorded_by])?;
        let titles = events::titles(c, &row.mark.makeup_event_id.into_iter().collect::<Vec<_>>())?;
        to_json(row, ctx, &people, &titles)
    }

    /// A correction keeps the mark as it read before.
    fn keeps_revision(_: &AttendanceRow, _: &AttendanceRow, step: &Edit) -> bool {
        *step == Edit::Corrected
    }
}

pub(crate) fn to_json(
    row: &AttendanceRow,
    ctx: &AttendanceContext,
    people: &[UserRef],
    makeup_titles: &[(EventId, String)],
) -> Result<Attendance, ApiError> {
    let person = |id: UserId| crate::people::person(people, id);
    let (event, m) = (&ctx.event, &row.mark);
    let access = &ctx.ctx.access;
    Ok(Attendance {
        id: row.id.uuid(),
        event_id: event.id.uuid(),
        event_title: event.form.title.clone(),
        event_kind: event.form.kind,
        event_starts_at: event.form.starts_at,
        event_ends_at: event.form.ends_at,
        time_zone: ctx.ctx.time_zone.clone(),
        location: event.form.location(),
        program_name: ctx.ctx.program_name.clone(),
        organisation: ctx.ctx.organisation.clone(),
        person: person(row.user_id)?,
        status: m.status,
        walk_in: row.walk_in,
        note: m.note.clone(),
        credited_minutes: m.credited_minutes.max(0) as u32,
        makeup: m.makeup_on.map(|date| Makeup {
            event_id: m.makeup_event_id.map(|e| e.uuid()),
            event_title: m
                .makeup_event_id
                .and_then(|e| makeup_titles.iter().find(|(id, _)| *id == e).map(|(_, t)| t.clone())),
            date,
            note: m.makeup_note.clone(),
        }),
        recorded_by: person(row.recorded_by)?,
        recorded_at: row.recorded_at.assume_utc(),
        updated_at: row.updated_at.assume_utc(),
        version: row.version,
        can: AttendanceActions {
            correct: access.allows(ProgramPermission::Manage) && event.status == EventStatus::Scheduled,
            certificate: m.status == AttendanceStatus::Attended && access.reads_marks_of(ctx.ctx.me, row.user_id),
        },
    })
}

/// Loads a mark for `me`: their own, or any of the program's for its coordinators and
/// director; 404 otherwise.
pub(crate) fn load(
    c: &mut DbConnection,
    me: &CurrentUser,
    id: AttendanceId,
) -> Result<Loaded<AttendanceRecord>, ApiError> {
    let row = marks::find(c, id).or_not_found("attendance")?;
    let event = events::find(c, row.event_id)?;
    let ctx = EventContext::load(c, me, event.program_id)?;
    if !ctx.access.reads_marks_of(me.id(), row.user_id) {
        return Err(ApiError::not_found("attendance"));
    }
    Ok(Loaded { row, context: AttendanceContext { event, ctx } })
}

/// Why attendance cannot be taken at the event now, with the field that closes it.
pub(crate) fn taking_closed(event: &EventRow, ctx: &EventContext) -> Option<(&'static str, &'static str)> {
    if event.status == EventStatus::Cancelled {
        Some(("status", "the event is cancelled"))
    } else if ctx.now < event.form.starts_at {
        Some(("starts_at", "attendance is taken once the event has started"))
    } else {
        None
    }
}

/// Refuses marking at `event` now: 403 for anyone but the program's coordinators, 409 while
/// attendance cannot be taken.
pub(crate) fn require_taking(event: &EventRow, ctx: &EventContext) -> Result<(), ApiError> {
    ctx.access.require(ProgramPermission::Manage)?;
    match taking_closed(event, ctx) {
        Some((field, why)) => Err(ApiError::conflict(field, why)),
        None => Ok(()),
    }
}

/// A mark as stored: the note within limits, a make-up the rules allow, the event's credited
/// time kept when attended (`kept`: what an earlier mark of attendance credited).
pub(crate) fn checked_mark(
    c: &mut DbConnection,
    event: &EventRow,
    ctx: &EventContext,
    body: MarkAttendance,
    kept: Option<i32>,
) -> Result<AttendanceMark, ApiError> {
    let mut errors = Vec::new();
    if body.note.chars().count() > MAX_NOTE {
        errors.push(FieldError::new("note", format!("must be at most {MAX_NOTE} characters")));
    }
    let (mut makeup_event_id, mut makeup_on, mut makeup_note) = (None, None, String::new());
    if let Some(MakeupRequest { event_id, date, note }) = body.makeup {
        let session = match event_id.map(EventId::from) {
            None => None,
            Some(id) => match events::find(c, id).found()?.filter(|e| e.program_id == event.program_id) {
                Some(e) => Some(session_of(&e)),
                None => return Err(ApiError::invalid("makeup.event_id", "is not an event of this program")),
            },
        };
        let input = MakeupInput { session, on: date, note };
        let settings = programs::find(c, event.program_id)?.settings.0;
        attendance::check_makeup(&session_of(event), body.status, &input, ctx.now.date(), &settings, &mut errors);
        makeup_event_id = input.session.map(|s| s.id);
        makeup_on = input.session.map(|s| s.on).or(input.on);
        makeup_note = input.note.trim().to_string();
    }
    Invalid::check(errors)?;
    let credited_minutes = match body.status {
        AttendanceStatus::Attended => kept.unwrap_or(event.form.credited_minutes),
        _ => 0,
    };
    Ok(AttendanceMark {
        status: body.status,
        note: body.note.trim().to_string(),
        credited_minutes,
        makeup_event_id,
        makeup_on,
        makeup_note,
    })
}

/// An event as the make-up rules see it.
pub(crate) fn session_of(e: &EventRow) -> Session {
    Session { id: e.id, kind: e.form.kind, on: e.form.starts_at.date(), cancelled: e.status == EventStatus::Cancelled }
}

/// The event's attendance sheet: everyone with a place (in order of arrival), then the
/// waitlist, then whoever else was marked (walk-ins), each with their mark. Four queries.
pub(crate) fn sheet(c: &mut DbConnection, context: &AttendanceContext) -> Result<AttendanceSheet, ApiError> {
    let event = &context.event;
    let registrations = events::roster(c, event.id)?;
    let roster: Vec<_> = registrations.iter().filter(|r| r.state.is_open()).collect();
    let rows = marks::of_event(c, event.id)?;
    let mut ids: Vec<UserId> = roster.iter().map(|r| r.user_id).collect();
    ids.extend(rows.iter().flat_map(|r| [r.user_id, r.recorded_by]));
    let people = users::refs(c, &ids)?;
    let titles = events::titles(c, &rows.iter().filter_map(|r| r.mark.makeup_event_id).collect::<Vec<_>>())?;
    let person = |id: UserId| crate::people::person(&people, id);
    let mark_of =
        |id: UserId| rows.iter().find(|r| r.user_id == id).map(|r| to_json(r, context, &people, &titles)).transpose();
    let mut lines = Vec::with_capacity(roster.len() + rows.len());
    let by_state = |state| roster.iter().filter(move |r| r.state == state);
    for r in by_state(RegistrationState::Confirmed).chain(by_state(RegistrationState::Waitlisted)) {
        lines.push(SheetLine {
            person: person(r.user_id)?,
            registration_state: Some(r.state),
            attendance: mark_of(r.user_id)?,
        });
    }
    let mut walk_ins: Vec<_> = rows.iter().filter(|m| !roster.iter().any(|r| r.user_id == m.user_id)).collect();
    walk_ins.sort_by_key(|m| m.recorded_at);
    for m in walk_ins {
        let registration_state = registrations.iter().find(|r| r.user_id == m.user_id).map(|r| r.state);
        lines.push(SheetLine { person: person(m.user_id)?, registration_state, attendance: mark_of(m.user_id)? });
    }
    let count = |s: AttendanceStatus| rows.iter().filter(|r| r.mark.status == s).count() as u32;
    let closed = if context.ctx.access.allows(ProgramPermission::Manage) {
        taking_closed(event, &context.ctx)
    } else {
        Some(("access", "attendance is taken by the program's coordinators"))
    };
    Ok(AttendanceSheet {
        event_id: event.id.uuid(),
        event_title: event.form.title.clone(),
        event_kind: event.form.kind,
        event_starts_at: event.form.starts_at,
        credited_minutes: event.form.credited_minutes.max(0) as u32,
        attended: count(AttendanceStatus::Attended),
        absent: count(AttendanceStatus::Absent),
        excused: count(AttendanceStatus::Excused),
        unmarked: lines.iter().filter(|l| l.attendance.is_none()).count() as u32,
        lines,
        can: SheetActions { mark: closed.is_none(), closed_because: closed.map(|(_, why)| why) },
    })
}

/// Loads an event's sheet context for its staff: 404 outside the program, 403 for members who
/// are not the program's coordinators or director.
pub(crate) fn load_sheet(c: &mut DbConnection, me: &CurrentUser, id: EventId) -> Result<AttendanceContext, ApiError> {
    let loaded = crate::routes::events::record::load(c, me, id)?;
    if !loaded.context.access.allows(ProgramPermission::Oversee) {
        return Err(ApiError::Forbidden("attendance is taken by the program's coordinators".into()));
    }
    Ok(AttendanceContext { event: loaded.row, ctx: loaded.context })
}
