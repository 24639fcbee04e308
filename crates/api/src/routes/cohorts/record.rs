//! The cohort as a record of the kernel.

use super::json::Cohort;
use crate::capabilities::{ProgramAccess, ProgramPermission};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{EditAction, Loaded, Record};
use coachfolio_domain::ids::{CohortId, ProgramId};
use coachfolio_domain::step::Edit;
use coachfolio_domain::user::check_text;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::cohorts::{self, CohortRow};
use coachfolio_persistence::DbConnection;

/// The cohort kind.
pub(crate) struct CohortRecord;

impl Record for CohortRecord {
    type Row = CohortRow;
    type Context = ProgramAccess;
    type View = Cohort;
    type Step = Edit;
    const ENTITY: &'static str = "cohort";

    fn program_id(row: &CohortRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(_: &mut DbConnection, row: &CohortRow, access: &ProgramAccess) -> Result<Cohort, ApiError> {
        Ok(to_json(row, access))
    }
}

pub(crate) fn to_json(r: &CohortRow, access: &ProgramAccess) -> Cohort {
    Cohort {
        id: r.id.uuid(),
        program_id: r.program_id.uuid(),
        label: r.label.clone(),
        start_date: r.start_date,
        program_years: r.program_years,
        version: r.version,
        can: EditAction { edit: access.allows(ProgramPermission::Manage) },
    }
}

/// Loads a cohort of a program `me` coordinates; 404 out of scope, 403 for other members.
pub(crate) fn load_to_change(
    c: &mut DbConnection,
    me: &CurrentUser,
    id: CohortId,
) -> Result<Loaded<CohortRecord>, ApiError> {
    let row = cohorts::find(c, id).or_not_found("cohort")?;
    let access = ProgramAccess::load(c, me, row.program_id)?;
    access.require_of(ProgramPermission::Manage, "cohort")?;
    Ok(Loaded { row, context: access })
}

/// The rules a cohort meets: a label, 1–10 program years, a label no other cohort of the
/// program has. Checked before it is written (the database refuses a duplicate without
/// naming the field).
pub(crate) fn check(
    c: &mut DbConnection,
    program_id: ProgramId,
    id: CohortId,
    label: &str,
    program_years: i32,
) -> Result<(), ApiError> {
    let mut errors = Vec::new();
    check_text("label", label, 100, &mut errors);
    if !(1..=10).contains(&program_years) {
        errors.push(FieldError::new("program_years", "must be between 1 and 10"));
    }
    Invalid::check(errors)?;
    if cohorts::label_taken(c, program_id, label, Some(id))? {
        return Err(ApiError::conflict("label", "is already used by another cohort of this program"));
    }
    Ok(())
}
