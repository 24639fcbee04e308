//! The event as a record of the kernel: who sees it, who may register, and its places.

use super::json::{Event, EventActions, EventFields, MyAttendance, MyRegistration};
use crate::audit;
use crate::capabilities::{ProgramAccess, ProgramPermission};
use crate::clock;
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::Moving;
use crate::kernel::{Loaded, Record};
use crate::notify::{self, Notice};
use coachfolio_domain::event::EventStep;
use coachfolio_domain::event::RegistrationStep;
use coachfolio_domain::event::{
    self, Attendee, EventFor, EventStatus, NotAdmitted, Registering, Registrar, RegistrationState, MAX_TEXT, MAX_TITLE,
};
use coachfolio_domain::ids::{CohortId, DistrictId, EventId, ProgramId, UserId};
use coachfolio_domain::role::Role;
use coachfolio_domain::user::check_text;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::attendance::{self, AttendanceRow};
use coachfolio_persistence::events::{self, EventForm, EventRow, RegistrationRow};
use coachfolio_persistence::Found;
use coachfolio_persistence::{cohorts, districts, enrollments, memberships, programs, save, DbConnection, Saved};
use serde_json::json;
use time::PrimitiveDateTime;

/// The event kind.
pub(crate) struct EventRecord;

/// Who is asking, what they are in the program, and the program's clock.
pub(crate) struct EventContext {
    pub me: UserId,
    pub access: ProgramAccess,
    pub attendee: Attendee,
    pub time_zone: String,
    /// The program's name and organisation (a certificate of attendance names them).
    pub program_name: String,
    pub organisation: String,
    /// Now, on the program's wall clock (event times are local).
    pub now: PrimitiveDateTime,
}

impl Record for EventRecord {
    type Row = EventRow;
    type Context = EventContext;
    type View = Event;
    type Step = EventStep;
    const ENTITY: &'static str = "event";

    fn program_id(row: &EventRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(c: &mut DbConnection, row: &EventRow, ctx: &EventContext) -> Result<Event, ApiError> {
        let counts = events::counts(c, &[row.id])?;
        let mine = events::registration_of(c, row.id, ctx.me)?;
        let position = match &mine {
            Some(r) if r.state == RegistrationState::Waitlisted => Some(waitlist_position(c, r)?),
            _ => None,
        };
        let attended = attendance::of_person(c, row.id, ctx.me)?;
        let mine = mine.as_ref().map(|r| my_registration(r, position, row, ctx));
        Ok(to_json(row, ctx, &counts, mine, attended.as_ref()))
    }

    /// A cancellation, stamped with who cancelled it and the reason they gave.
    fn advance(row: &mut EventRow, step: &EventStep, m: &Moving<'_>) -> Result<Vec<&'static str>, ApiError> {
        row.status = row.status.after(*step).map_err(ApiError::status_refused)?;
        if *step == EventStep::Updated {
            return Ok(Vec::new());
        }
        (row.cancel_reason, row.cancelled_at, row.cancelled_by) = (m.note.map(Into::into), Some(m.at), Some(m.by));
        Ok(vec!["status"])
    }

    /// A cancellation, or a change of its day, time or place, tells everyone registered.
    fn notices(
        c: &mut DbConnection,
        before: &EventRow,
        _: &EventRow,
        after: &Event,
        step: &EventStep,
    ) -> Result<Vec<Notice>, ApiError> {
        super::notices::changed(c, before, after, step)
    }
}

/// The place of a waitlisted registration (1 = next).
pub(crate) fn waitlist_position(c: &mut DbConnection, r: &RegistrationRow) -> Result<u32, ApiError> {
    Ok(events::waiting_before(c, r.event_id, r.arrival)? + 1)
}

pub(crate) fn my_registration(
    r: &RegistrationRow,
    waitlist_position: Option<u32>,
    event: &EventRow,
    ctx: &EventContext,
) -> MyRegistration {
    let can_cancel = ctx.may_cancel(event, r).is_ok();
    MyRegistration { id: r.id.uuid(), state: r.state, waitlist_position, can_cancel, version: r.version }
}

/// Confirmed and waitlisted counts of an event, from [`events::counts`].
pub(crate) fn count_of(counts: &[(EventId, RegistrationState, i64)], id: EventId, state: RegistrationState) -> u32 {
    counts.iter().find(|(e, s, _)| *e == id && *s == state).map_or(0, |(_, _, n)| *n as u32)
}

pub(crate) fn to_json(
    row: &EventRow,
    ctx: &EventContext,
    counts: &[(EventId, RegistrationState, i64)],
    mine: Option<MyRegistration>,
    attended: Option<&AttendanceRow>,
) -> Event {
    let f = &row.form;
    let confirmed = count_of(counts, row.id, RegistrationState::Confirmed);
    let capacity = f.capacity.map(|n| n.max(0) as u32);
    let closed = ctx.self_registration(row).err();
    let registered = mine.as_ref().is_some_and(|m| m.state.is_open());
    Event {
        id: row.id.uuid(),
        program_id: row.program_id.uuid(),
        kind: f.kind,
        title: f.title.clone(),
        description: f.description.clone(),
        cohort_id: f.cohort_id.map(|c| c.uuid()),
        district_id: f.district_id.map(|d| d.uuid()),
        audience: f.audience,
        location: f.location(),
        starts_at: f.starts_at,
        ends_at: f.ends_at,
        time_zone: ctx.time_zone.clone(),
        capacity,
        registration_opens_at: f.registration_opens_at,
        registration_closes_at: f.registration_closes_at,
        credited_minutes: f.credited_minutes.max(0) as u32,
        status: row.status,
        cancelled_at: row.cancelled_at.map(|t| t.assume_utc()),
        cancel_reason: row.cancel_reason.clone(),
        slots_used: confirmed,
        waitlisted: count_of(counts, row.id, RegistrationState::Waitlisted),
        places_left: capacity.map(|n| n.saturating_sub(confirmed)),
        registration_closed_because: if registered { None } else { closed.clone() },
        my_registration: mine,
        my_attendance: attended.map(|a| MyAttendance { id: a.id.uuid(), status: a.mark.status }),
        version: row.version,
        can: EventActions {
            edit: ctx.access.allows(ProgramPermission::Manage) && row.status == EventStatus::Scheduled,
            copy: ctx.access.allows(ProgramPermission::Manage),
            register: closed.is_none() && !registered,
            register_others: ctx.access.allows(ProgramPermission::Manage) && row.status == EventStatus::Scheduled,
            read_roster: ctx.access.allows(ProgramPermission::Oversee),
        },
    }
}

impl EventContext {
    /// `me` in the program: their roles, the cohorts and districts they belong to or coach.
    pub fn load(c: &mut DbConnection, me: &CurrentUser, program_id: ProgramId) -> Result<EventContext, ApiError> {
        let access = ProgramAccess::load(c, me, program_id)?;
        let program = programs::find(c, program_id)?;
        let now = clock::now_in(&program.time_zone);
        let attendee = attendee(c, me.id(), access.has(Role::Coach), program_id, now)?;
        Ok(EventContext {
            me: me.id(),
            access,
            attendee,
            time_zone: program.time_zone,
            program_name: program.name,
            organisation: program.organisation,
            now,
        })
    }

    /// Whether the person may register themself now, or why not.
    pub fn self_registration(&self, row: &EventRow) -> Result<(), String> {
        match event::admit(&registering(row, 0), &self.attendee, Registrar::Themself, self.now) {
            Ok(_) => Ok(()),
            Err(NotAdmitted::NotFor(why) | NotAdmitted::Closed(_, why)) => Err(why.into()),
        }
    }

    /// The person cancels their registration until the event starts and while registration
    /// is open; the program's coordinators always.
    pub fn may_cancel(&self, event: &EventRow, row: &RegistrationRow) -> Result<(), ApiError> {
        if !row.state.is_open() {
            return Err(ApiError::conflict("state", format!("the registration is already {}", row.state)));
        }
        if self.access.allows(ProgramPermission::Manage) {
            return Ok(());
        }
        if row.user_id != self.me {
            return Err(ApiError::Forbidden("only the person or the program's coordinators cancel it".into()));
        }
        match event::self_service_closed(&event.form.schedule(), self.now) {
            Some((field, why)) => Err(ApiError::conflict(field, why)),
            None => Ok(()),
        }
    }

    /// Whether the event belongs in the caller's list: staff see every one, others those for
    /// them or that they registered for.
    pub fn lists(&self, row: &EventRow, registered: bool) -> bool {
        self.access.allows(ProgramPermission::Oversee) || registered || admits(row, &self.attendee).is_ok()
    }
}

/// The event as far as registering for it goes, with `confirmed` places taken.
pub(crate) fn registering(row: &EventRow, confirmed: u32) -> Registering {
    let f = &row.form;
    Registering {
        status: row.status,
        for_: EventFor { audience: f.audience, cohort_id: f.cohort_id, district_id: f.district_id },
        schedule: f.schedule(),
        confirmed,
    }
}

/// Whether the event is for the person, or why not.
pub(crate) fn admits(row: &EventRow, a: &Attendee) -> Result<(), String> {
    registering(row, 0).for_.admits(a).map_err(String::from)
}

/// What `user` is for the program's events (their roles in it given).
pub(crate) fn attendee(
    c: &mut DbConnection,
    user: UserId,
    is_coach: bool,
    program_id: ProgramId,
    now: PrimitiveDateTime,
) -> Result<Attendee, ApiError> {
    let (enrolled, coaching) = enrollments::cohorts_and_districts(c, user, program_id, now.date())?;
    Ok(Attendee { enrolled, is_coach, coaching })
}

/// What someone else is for the program's events; 422 naming `user_id` when not in it.
pub(crate) fn attendee_of(
    c: &mut DbConnection,
    user: UserId,
    program_id: ProgramId,
    now: PrimitiveDateTime,
) -> Result<Attendee, ApiError> {
    let roles: Vec<Role> = memberships::roles_in(c, user, program_id)?.into_iter().map(|(r, _)| r).collect();
    if roles.is_empty() {
        return Err(ApiError::invalid("user_id", "is not in this program"));
    }
    attendee(c, user, roles.contains(&Role::Coach), program_id, now)
}

/// Loads an event for `me`; 404 when they are not in its program. (Every member may read any
/// of the program's events, and learn why one is not for them; lists show only theirs.)
pub(crate) fn load(c: &mut DbConnection, me: &CurrentUser, id: EventId) -> Result<Loaded<EventRecord>, ApiError> {
    let row = events::find(c, id).or_not_found("event")?;
    for_member(c, me, row)
}

/// As [`load`], holding the event until the transaction ends (registrations and changes of
/// capacity count places one at a time).
pub(crate) fn lock(c: &mut DbConnection, me: &CurrentUser, id: EventId) -> Result<Loaded<EventRecord>, ApiError> {
    let row = events::lock(c, id).or_not_found("event")?;
    for_member(c, me, row)
}

fn for_member(c: &mut DbConnection, me: &CurrentUser, row: EventRow) -> Result<Loaded<EventRecord>, ApiError> {
    let context = EventContext::load(c, me, row.program_id)?;
    if !context.access.allows(ProgramPermission::Read) {
        return Err(ApiError::not_found("event"));
    }
    Ok(Loaded { row, context })
}

/// Writes a registration of an event this transaction holds: nobody else can have changed it,
/// so a stale write is a fault, not a conflict to report.
pub(crate) fn save_held(c: &mut DbConnection, r: &mut RegistrationRow) -> Result<(), ApiError> {
    match save(c, r)? {
        Saved::Written => Ok(()),
        Saved::Stale(_) => Err(ApiError::Internal("a registration changed while its event was held".into())),
    }
}

/// Checks what a coordinator wrote and turns it into the stored form: the text within limits,
/// the schedule in order, the cohort and district of this program.
pub(crate) fn checked_form(c: &mut DbConnection, program_id: ProgramId, f: EventFields) -> Result<EventForm, ApiError> {
    let mut errors = Vec::new();
    let title = f.title.trim().to_string();
    check_text("title", &title, MAX_TITLE, &mut errors);
    for (field, value, max) in [
        ("description", &f.description, MAX_TEXT),
        ("location.name", &f.location.name, 200),
        ("location.room", &f.location.room, 200),
        ("location.address", &f.location.address, 500),
    ] {
        if value.chars().count() > max {
            errors.push(FieldError::new(field, format!("must be at most {max} characters")));
        }
    }
    let form = EventForm {
        kind: f.kind,
        title,
        description: f.description,
        cohort_id: f.cohort_id.map(CohortId::from),
        district_id: f.district_id.map(DistrictId::from),
        audience: f.audience,
        location_name: f.location.name,
        location_room: f.location.room,
        location_address: f.location.address,
        starts_at: f.starts_at,
        ends_at: f.ends_at,
        capacity: f.capacity.map(|n| n.min(i32::MAX as u32) as i32),
        registration_opens_at: f.registration_opens_at,
        registration_closes_at: f.registration_closes_at,
        credited_minutes: f.credited_minutes.min(i32::MAX as u32) as i32,
    };
    event::check_schedule(&form.schedule(), f.credited_minutes, &mut errors);
    if let Some(id) = form.cohort_id {
        if cohorts::find(c, id).found()?.is_none_or(|r| r.program_id != program_id) {
            errors.push(FieldError::new("cohort_id", "is not a cohort of this program"));
        }
    }
    if let Some(id) = form.district_id {
        if districts::find(c, id).found()?.is_none_or(|r| r.program_id != program_id) {
            errors.push(FieldError::new("district_id", "is not a district of this program"));
        }
    }
    Invalid::check(errors)?;
    Ok(form)
}

/// Moves the first of the waitlist up to the places free now, in order of arrival (call with
/// the event locked, in the transaction that freed the places). Each move is audited.
/// Answers how many moved up.
pub(crate) fn promote_waiting(c: &mut DbConnection, me: &CurrentUser, row: &EventRow) -> Result<u32, ApiError> {
    let counts = events::counts(c, &[row.id])?;
    let confirmed = count_of(&counts, row.id, RegistrationState::Confirmed);
    let waiting = count_of(&counts, row.id, RegistrationState::Waitlisted);
    let up = event::promotions(row.form.schedule().capacity, confirmed, waiting);
    for mut r in events::first_waiting(c, row.id, up)? {
        r.state = r.state.after(RegistrationStep::Promoted)?;
        r.promoted_at = Some(coachfolio_persistence::now());
        save_held(c, &mut r)?;
        let change = audit::Change {
            program_id: Some(row.program_id),
            action: "registration.promoted",
            entity: "registration",
            entity_id: r.id.to_string(),
            confidential: false,
        };
        audit::record(c, me, change, None::<&()>, Some(&json!({"event_id": row.id, "user_id": r.user_id})))?;
        notify::enqueue(c, me.id(), vec![super::notices::promoted(row, &r)])?;
    }
    Ok(up)
}
