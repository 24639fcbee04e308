//! Attendance marks: one per person and event, written by the program's coordinators.

use crate::schema::attendance;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::attendance::AttendanceStatus;
use coachfolio_domain::ids::{AttendanceId, EventId, ProgramId, UserId};
use diesel::prelude::*;
use time::{Date, PrimitiveDateTime};

/// What a coordinator writes of a person at an event.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, AsChangeset, Insertable)]
#[diesel(table_name = attendance, treat_none_as_null = true)]
pub struct AttendanceMark {
    pub status: AttendanceStatus,
    pub note: String,
    /// Kept as the event credited it when the person attended (0 otherwise).
    pub credited_minutes: i32,
    pub makeup_event_id: Option<EventId>,
    pub makeup_on: Option<Date>,
    pub makeup_note: String,
}

impl AttendanceMark {
    /// An absence made up, at a session or by a dated note.
    pub fn made_up(&self) -> bool {
        self.makeup_event_id.is_some() || self.makeup_on.is_some()
    }
}

/// A mark as read; a correction writes the mark and who recorded it.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = attendance, treat_none_as_null = true)]
pub struct AttendanceRow {
    #[diesel(skip_update)]
    pub id: AttendanceId,
    #[diesel(skip_update)]
    pub event_id: EventId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub user_id: UserId,
    /// Marked without a confirmed place (came without registering, or from the waitlist).
    #[diesel(skip_update)]
    pub walk_in: bool,
    #[diesel(embed)]
    pub mark: AttendanceMark,
    pub recorded_by: UserId,
    pub recorded_at: PrimitiveDateTime,
    pub version: i32,
    pub updated_at: PrimitiveDateTime,
}
versioned!(AttendanceRow, attendance, AttendanceId);

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = attendance)]
pub struct NewAttendance {
    pub id: AttendanceId,
    pub event_id: EventId,
    pub program_id: ProgramId,
    pub user_id: UserId,
    pub walk_in: bool,
    #[diesel(embed)]
    pub mark: AttendanceMark,
    pub recorded_by: UserId,
    pub recorded_at: PrimitiveDateTime,
    pub version: i32,
    pub updated_at: PrimitiveDateTime,
}

impl NewAttendance {
    pub fn new(
        event_id: EventId,
        program_id: ProgramId,
        user_id: UserId,
        walk_in: bool,
        mark: AttendanceMark,
        by: UserId,
    ) -> Self {
        let at = crate::now();
        NewAttendance {
            id: AttendanceId::new(),
            event_id,
            program_id,
            user_id,
            walk_in,
            mark,
            recorded_by: by,
            recorded_at: at,
            version: 1,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, new: &[NewAttendance]) -> Result<(), StoreError> {
    crate::insert_rows!(c, attendance::table, new)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: AttendanceId) -> Result<AttendanceRow, StoreError> {
    Ok(attendance::table.find(id).select(AttendanceRow::as_select()).get_result(c)?)
}

/// A person's mark at an event.
pub fn of_person(
    c: &mut crate::DbConnection,
    event_id: EventId,
    user_id: UserId,
) -> Result<Option<AttendanceRow>, StoreError> {
    Ok(attendance::table
        .filter(attendance::event_id.eq(event_id))
        .filter(attendance::user_id.eq(user_id))
        .select(AttendanceRow::as_select())
        .get_result(c)
        .optional()?)
}

/// Every mark of an event.
pub fn of_event(c: &mut crate::DbConnection, event_id: EventId) -> Result<Vec<AttendanceRow>, StoreError> {
    Ok(attendance::table
        .filter(attendance::event_id.eq(event_id))
        .order(attendance::recorded_at)
        .select(AttendanceRow::as_select())
        .load(c)?)
}

/// A person's marks at these events: one query.
pub fn of_user_at(
    c: &mut crate::DbConnection,
    user_id: UserId,
    event_ids: &[EventId],
) -> Result<Vec<AttendanceRow>, StoreError> {
    Ok(attendance::table
        .filter(attendance::user_id.eq(user_id))
        .filter(attendance::event_id.eq_any(event_ids))
        .select(AttendanceRow::as_select())
        .load(c)?)
}

/// A mark as the counts read it (the event's kind and day come from the program's events).
#[derive(Debug, Clone, Queryable)]
pub struct CountedMark {
    pub id: AttendanceId,
    pub user_id: UserId,
    pub event_id: EventId,
    pub status: AttendanceStatus,
    pub makeup_event_id: Option<EventId>,
    pub makeup_on: Option<Date>,
    pub credited_minutes: i32,
}

/// The marks the counts read, of these people in a program (all of its people when `None`):
/// one query, on the mark's own columns only.
pub fn marks_of_program(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    users: Option<&[UserId]>,
) -> Result<Vec<CountedMark>, StoreError> {
    let mut q = attendance::table.filter(attendance::program_id.eq(program_id)).into_boxed();
    if let Some(users) = users {
        q = q.filter(attendance::user_id.eq_any(users));
    }
    Ok(q.select((
        attendance::id,
        attendance::user_id,
        attendance::event_id,
        attendance::status,
        attendance::makeup_event_id,
        attendance::makeup_on,
        attendance::credited_minutes,
    ))
    .load(c)?)
}
