//! The program as a record of the kernel.

use super::json::Program;
use crate::capabilities::{ProgramAccess, ProgramPermission};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{EditAction, Loaded, Record};
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::step::Edit;
use coachfolio_domain::FieldError;
use coachfolio_persistence::programs::{self, ProgramRow};
use coachfolio_persistence::DbConnection;

/// The program kind.
pub(crate) struct ProgramRecord;

impl Record for ProgramRecord {
    type Row = ProgramRow;
    type Context = ProgramAccess;
    type View = Program;
    type Step = Edit;
    const ENTITY: &'static str = "program";

    fn program_id(row: &ProgramRow) -> Option<ProgramId> {
        Some(row.id)
    }

    fn view(_: &mut DbConnection, row: &ProgramRow, access: &ProgramAccess) -> Result<Program, ApiError> {
        Ok(to_json(row, access))
    }
}

pub(crate) fn to_json(p: &ProgramRow, access: &ProgramAccess) -> Program {
    Program {
        id: p.id.uuid(),
        name: p.name.clone(),
        organisation: p.organisation.clone(),
        framework: p.framework.clone(),
        time_zone: p.time_zone.clone(),
        settings: p.settings.0.clone(),
        version: p.version,
        created_at: p.created_at.assume_utc(),
        can: EditAction { edit: access.allows(ProgramPermission::Manage) },
    }
}

/// Loads a program `me` is a member of; 404 otherwise.
pub(crate) fn load(c: &mut DbConnection, me: &CurrentUser, id: ProgramId) -> Result<Loaded<ProgramRecord>, ApiError> {
    let access = ProgramAccess::load(c, me, id)?;
    access.require(ProgramPermission::Read)?;
    let row = programs::find(c, id).or_not_found("program")?;
    Ok(Loaded { row, context: access })
}

/// A zone of the IANA database ("America/Los_Angeles", "UTC"): the program's dates follow it.
pub(crate) fn check_time_zone(tz: &str, errors: &mut Vec<FieldError>) {
    if !coachfolio_domain::time_zone::is_known(tz) {
        errors.push(FieldError::new("time_zone", "must be an IANA time zone such as America/Los_Angeles"));
    }
}
