//! Events and their registrations. Places are counted and the waitlist promoted inside the
//! transaction that holds the event ([`lock`]), so capacity is never exceeded.

use crate::schema::{event_registrations as regs, events};
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::event::{Audience, EventKind, EventStatus, Location, RegistrationState, Schedule};
use coachfolio_domain::ids::{CohortId, DistrictId, EventId, ProgramId, RegistrationId, UserId};
use diesel::prelude::*;
use time::PrimitiveDateTime;

/// What a coordinator writes about an event.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, AsChangeset, Insertable)]
#[diesel(table_name = events, treat_none_as_null = true)]
pub struct EventForm {
    pub kind: EventKind,
    pub title: String,
    pub description: String,
    pub cohort_id: Option<CohortId>,
    pub district_id: Option<DistrictId>,
    pub audience: Audience,
    pub location_name: String,
    pub location_room: String,
    pub location_address: String,
    pub starts_at: PrimitiveDateTime,
    pub ends_at: PrimitiveDateTime,
    pub capacity: Option<i32>,
    pub registration_opens_at: Option<PrimitiveDateTime>,
    pub registration_closes_at: Option<PrimitiveDateTime>,
    pub credited_minutes: i32,
}

impl EventForm {
    pub fn location(&self) -> Location {
        Location {
            name: self.location_name.clone(),
            room: self.location_room.clone(),
            address: self.location_address.clone(),
        }
    }

    pub fn schedule(&self) -> Schedule {
        Schedule {
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            registration_opens_at: self.registration_opens_at,
            registration_closes_at: self.registration_closes_at,
            capacity: self.capacity.map(|n| n.max(0) as u32),
        }
    }
}

/// An event as read; a change writes its form and status.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = events, treat_none_as_null = true)]
pub struct EventRow {
    #[diesel(skip_update)]
    pub id: EventId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(embed)]
    pub form: EventForm,
    pub status: EventStatus,
    pub cancelled_at: Option<PrimitiveDateTime>,
    pub cancelled_by: Option<UserId>,
    pub cancel_reason: Option<String>,
    #[diesel(skip_update)]
    pub created_by: UserId,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(EventRow, events, EventId);

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = events)]
pub struct NewEvent {
    pub id: EventId,
    pub program_id: ProgramId,
    #[diesel(embed)]
    pub form: EventForm,
    pub status: EventStatus,
    pub created_by: UserId,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewEvent {
    pub fn new(program_id: ProgramId, form: EventForm, created_by: UserId) -> NewEvent {
        let at = crate::now();
        NewEvent {
            id: EventId::new(),
            program_id,
            form,
            status: EventStatus::Scheduled,
            created_by,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, new: &NewEvent) -> Result<EventRow, StoreError> {
    diesel::insert_into(events::table).values(new).execute(c)?;
    find(c, new.id)
}

pub fn find(c: &mut crate::DbConnection, id: EventId) -> Result<EventRow, StoreError> {
    Ok(events::table.find(id).select(EventRow::as_select()).get_result(c)?)
}

/// Holds the event until the transaction ends, so registrations for it are counted and placed
/// one at a time: on PostgreSQL a row lock; SQLite's write transactions already run one at a
/// time.
pub fn lock(c: &mut crate::DbConnection, id: EventId) -> Result<EventRow, StoreError> {
    if let crate::DbConnection::Postgres(pg) = c {
        events::table.find(id).select(events::id).for_update().get_result::<EventId>(pg)?;
    }
    find(c, id)
}

/// A program's events from `from` on (all when `None`), earliest first.
pub fn of_program(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    from: Option<PrimitiveDateTime>,
) -> Result<Vec<EventRow>, StoreError> {
    let mut q = events::table.filter(events::program_id.eq(program_id)).into_boxed();
    if let Some(from) = from {
        q = q.filter(events::ends_at.ge(from));
    }
    Ok(q.order((events::starts_at, events::id)).select(EventRow::as_select()).load(c)?)
}

/// A registration as read; a change writes its state and who changed it when.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = regs, treat_none_as_null = true)]
pub struct RegistrationRow {
    #[diesel(skip_update)]
    pub id: RegistrationId,
    #[diesel(skip_update)]
    pub event_id: EventId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub user_id: UserId,
    pub state: RegistrationState,
    /// Order of arrival (the waitlist's order); a new arrival after a cancellation.
    pub arrival: i32,
    pub registered_by: UserId,
    pub registered_at: PrimitiveDateTime,
    pub promoted_at: Option<PrimitiveDateTime>,
    pub cancelled_at: Option<PrimitiveDateTime>,
    pub cancelled_by: Option<UserId>,
    pub version: i32,
    pub updated_at: PrimitiveDateTime,
}
versioned!(RegistrationRow, event_registrations, RegistrationId);

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = regs)]
pub struct NewRegistration {
    pub id: RegistrationId,
    pub event_id: EventId,
    pub program_id: ProgramId,
    pub user_id: UserId,
    pub state: RegistrationState,
    pub arrival: i32,
    pub registered_by: UserId,
    pub registered_at: PrimitiveDateTime,
    pub version: i32,
    pub updated_at: PrimitiveDateTime,
}

impl NewRegistration {
    pub fn new(event: &EventRow, user_id: UserId, by: UserId, state: RegistrationState, arrival: i32) -> Self {
        let at = crate::now();
        NewRegistration {
            id: RegistrationId::new(),
            event_id: event.id,
            program_id: event.program_id,
            user_id,
            state,
            arrival,
            registered_by: by,
            registered_at: at,
            version: 1,
            updated_at: at,
        }
    }
}

pub fn insert_registration(c: &mut crate::DbConnection, new: &NewRegistration) -> Result<RegistrationRow, StoreError> {
    diesel::insert_into(regs::table).values(new).execute(c)?;
    find_registration(c, new.id)
}

pub fn find_registration(c: &mut crate::DbConnection, id: RegistrationId) -> Result<RegistrationRow, StoreError> {
    Ok(regs::table.find(id).select(RegistrationRow::as_select()).get_result(c)?)
}

/// A person's registration for an event, whatever its state.
pub fn registration_of(
    c: &mut crate::DbConnection,
    event_id: EventId,
    user_id: UserId,
) -> Result<Option<RegistrationRow>, StoreError> {
    Ok(regs::table
        .filter(regs::event_id.eq(event_id))
        .filter(regs::user_id.eq(user_id))
        .select(RegistrationRow::as_select())
        .get_result(c)
        .optional()?)
}

/// A person's registrations for these events: one query.
pub fn registrations_of_user(
    c: &mut crate::DbConnection,
    user_id: UserId,
    event_ids: &[EventId],
) -> Result<Vec<RegistrationRow>, StoreError> {
    Ok(regs::table
        .filter(regs::user_id.eq(user_id))
        .filter(regs::event_id.eq_any(event_ids))
        .select(RegistrationRow::as_select())
        .load(c)?)
}

/// An event's registrations in order of arrival.
pub fn roster(c: &mut crate::DbConnection, event_id: EventId) -> Result<Vec<RegistrationRow>, StoreError> {
    Ok(regs::table
        .filter(regs::event_id.eq(event_id))
        .order((regs::arrival, regs::id))
        .select(RegistrationRow::as_select())
        .load(c)?)
}

/// Confirmed and waitlisted registrations of each of these events: one query.
pub fn counts(
    c: &mut crate::DbConnection,
    event_ids: &[EventId],
) -> Result<Vec<(EventId, RegistrationState, i64)>, StoreError> {
    Ok(regs::table
        .filter(regs::event_id.eq_any(event_ids))
        .filter(regs::state.eq_any([RegistrationState::Confirmed, RegistrationState::Waitlisted]))
        .group_by((regs::event_id, regs::state))
        .select((regs::event_id, regs::state, diesel::dsl::count_star()))
        .load(c)?)
}

/// The next arrival number of an event (call with the event locked).
pub fn next_arrival(c: &mut crate::DbConnection, event_id: EventId) -> Result<i32, StoreError> {
    let max: Option<i32> =
        regs::table.filter(regs::event_id.eq(event_id)).select(diesel::dsl::max(regs::arrival)).get_result(c)?;
    Ok(max.unwrap_or(0) + 1)
}

/// The first `n` of an event's waitlist, in order of arrival (call with the event locked).
pub fn first_waiting(
    c: &mut crate::DbConnection,
    event_id: EventId,
    n: u32,
) -> Result<Vec<RegistrationRow>, StoreError> {
    Ok(regs::table
        .filter(regs::event_id.eq(event_id))
        .filter(regs::state.eq(RegistrationState::Waitlisted))
        .order((regs::arrival, regs::id))
        .limit(i64::from(n))
        .select(RegistrationRow::as_select())
        .load(c)?)
}

/// Every open registration of an event (to mark them when the event is cancelled).
pub fn open_registrations(c: &mut crate::DbConnection, event_id: EventId) -> Result<Vec<RegistrationRow>, StoreError> {
    Ok(regs::table
        .filter(regs::event_id.eq(event_id))
        .filter(regs::state.eq_any([RegistrationState::Confirmed, RegistrationState::Waitlisted]))
        .order((regs::arrival, regs::id))
        .select(RegistrationRow::as_select())
        .load(c)?)
}

/// How many wait ahead of the registration that arrived `arrival`th.
pub fn waiting_before(c: &mut crate::DbConnection, event_id: EventId, arrival: i32) -> Result<u32, StoreError> {
    let n: i64 = regs::table
        .filter(regs::event_id.eq(event_id))
        .filter(regs::state.eq(RegistrationState::Waitlisted))
        .filter(regs::arrival.lt(arrival))
        .count()
        .get_result(c)?;
    Ok(n as u32)
}

/// The events a person holds a place at, or held one at before the event was cancelled (so a
/// calendar shows it cancelled), with their programs' time zones: their calendar feed. Only
/// of the programs they still hold a role in: someone who left a program sees none of its
/// events.
pub fn calendar_of(c: &mut crate::DbConnection, user: UserId) -> Result<Vec<(EventRow, String)>, StoreError> {
    use crate::schema::{memberships, programs};
    let member =
        memberships::table.filter(memberships::user_id.eq(user)).filter(memberships::program_id.eq(events::program_id));
    Ok(regs::table
        .inner_join(events::table.inner_join(programs::table))
        .filter(regs::user_id.eq(user))
        .filter(diesel::dsl::exists(member))
        .filter(regs::state.eq_any([RegistrationState::Confirmed, RegistrationState::EventCancelled]))
        .order(events::starts_at)
        .select((EventRow::as_select(), programs::time_zone))
        .load(c)?)
}

/// The titles of these events: one query.
pub fn titles(c: &mut crate::DbConnection, ids: &[EventId]) -> Result<Vec<(EventId, String)>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(events::table.filter(events::id.eq_any(ids)).select((events::id, events::title)).load(c)?)
}
