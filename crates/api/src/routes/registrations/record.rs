//! The registration as a record of the kernel.

use super::json::{Registration, RegistrationActions};
use crate::capabilities::ProgramPermission;
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::Moving;
use crate::kernel::{Loaded, Record};
use crate::notify::Notice;
use crate::routes::events::record::{waitlist_position, EventContext};
use coachfolio_domain::event::RegistrationState;
use coachfolio_domain::event::RegistrationStep;
use coachfolio_domain::ids::{ProgramId, RegistrationId, UserId};
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::events::{self, EventRow, RegistrationRow};
use coachfolio_persistence::{users, DbConnection};

/// The registration kind.
pub(crate) struct RegistrationRecord;

/// The event registered for, and the caller in its program.
pub(crate) struct RegistrationContext {
    pub event: EventRow,
    pub ctx: EventContext,
}

impl Record for RegistrationRecord {
    type Row = RegistrationRow;
    type Context = RegistrationContext;
    type View = Registration;
    type Step = RegistrationStep;
    const ENTITY: &'static str = "registration";

    fn program_id(row: &RegistrationRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(c: &mut DbConnection, row: &RegistrationRow, ctx: &RegistrationContext) -> Result<Registration, ApiError> {
        let people = users::refs(c, &people_of(row))?;
        let position = if row.state == RegistrationState::Waitlisted { Some(waitlist_position(c, row)?) } else { None };
        to_json(row, &ctx.event, &ctx.ctx.time_zone, &people, position, ctx.may_cancel(row).is_ok())
    }

    fn advance(
        row: &mut RegistrationRow,
        step: &RegistrationStep,
        m: &Moving<'_>,
    ) -> Result<Vec<&'static str>, ApiError> {
        row.state = row.state.after(*step)?;
        (row.cancelled_at, row.cancelled_by) = (Some(m.at), Some(m.by));
        Ok(vec!["state"])
    }

    /// Registered by someone else (a coordinator, from a paper sign-up): the person is told.
    fn created_notices(
        _: &mut DbConnection,
        row: &RegistrationRow,
        ctx: &RegistrationContext,
    ) -> Result<Vec<Notice>, ApiError> {
        Ok(vec![crate::routes::events::notices::registered(&ctx.event, row)])
    }
}

/// The people a registration names: the person, who registered them, who cancelled.
pub(crate) fn people_of(row: &RegistrationRow) -> Vec<UserId> {
    [Some(row.user_id), Some(row.registered_by), row.cancelled_by].into_iter().flatten().collect()
}

pub(crate) fn to_json(
    row: &RegistrationRow,
    event: &EventRow,
    time_zone: &str,
    people: &[UserRef],
    waitlist_position: Option<u32>,
    can_cancel: bool,
) -> Result<Registration, ApiError> {
    let person = |id: UserId| crate::people::person(people, id);
    Ok(Registration {
        id: row.id.uuid(),
        event_id: row.event_id.uuid(),
        event_title: event.form.title.clone(),
        event_starts_at: event.form.starts_at,
        event_ends_at: event.form.ends_at,
        time_zone: time_zone.to_string(),
        location: event.form.location(),
        person: person(row.user_id)?,
        state: row.state,
        slots_used: u32::from(row.state == RegistrationState::Confirmed),
        waitlist_position,
        registered_by: person(row.registered_by)?,
        registered_at: row.registered_at.assume_utc(),
        promoted_at: row.promoted_at.map(|t| t.assume_utc()),
        cancelled_at: row.cancelled_at.map(|t| t.assume_utc()),
        cancelled_by: row.cancelled_by.map(person).transpose()?,
        updated_at: row.updated_at.assume_utc(),
        version: row.version,
        can: RegistrationActions { cancel: can_cancel },
    })
}

impl RegistrationContext {
    /// The person cancels until the event starts and while registration is open; the
    /// program's coordinators always.
    pub fn may_cancel(&self, row: &RegistrationRow) -> Result<(), ApiError> {
        self.ctx.may_cancel(&self.event, row)
    }
}

/// Loads a registration for `me`: the person's own, or any for the program's coordinators and
/// director; 404 otherwise.
pub(crate) fn load(
    c: &mut DbConnection,
    me: &CurrentUser,
    id: RegistrationId,
) -> Result<Loaded<RegistrationRecord>, ApiError> {
    let row = events::find_registration(c, id).or_not_found("registration")?;
    let event = events::find(c, row.event_id)?;
    for_person_or_staff(c, me, row, event)
}

/// As [`load`], holding its event until the transaction ends.
pub(crate) fn lock(
    c: &mut DbConnection,
    me: &CurrentUser,
    id: RegistrationId,
) -> Result<Loaded<RegistrationRecord>, ApiError> {
    let row = events::find_registration(c, id).or_not_found("registration")?;
    let event = events::lock(c, row.event_id)?;
    for_person_or_staff(c, me, row, event)
}

fn for_person_or_staff(
    c: &mut DbConnection,
    me: &CurrentUser,
    row: RegistrationRow,
    event: EventRow,
) -> Result<Loaded<RegistrationRecord>, ApiError> {
    let ctx = EventContext::load(c, me, event.program_id)?;
    if row.user_id != me.id() && !ctx.access.allows(ProgramPermission::Oversee) {
        return Err(ApiError::not_found("registration"));
    }
    Ok(Loaded { row, context: RegistrationContext { event, ctx } })
}
