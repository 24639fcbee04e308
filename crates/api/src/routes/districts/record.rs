//! The district as a record of the kernel.

use super::json::District;
use crate::capabilities::{ProgramAccess, ProgramPermission};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{EditAction, Loaded, Record};
use coachfolio_domain::ids::{DistrictId, ProgramId};
use coachfolio_domain::step::Edit;
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::districts::{self, DistrictRow};
use coachfolio_persistence::DbConnection;

/// The district kind.
pub(crate) struct DistrictRecord;

impl Record for DistrictRecord {
    type Row = DistrictRow;
    type Context = ProgramAccess;
    type View = District;
    type Step = Edit;
    const ENTITY: &'static str = "district";

    fn program_id(row: &DistrictRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(_: &mut DbConnection, row: &DistrictRow, access: &ProgramAccess) -> Result<District, ApiError> {
        Ok(to_json(row, access))
    }
}

pub(crate) fn to_json(r: &DistrictRow, access: &ProgramAccess) -> District {
    District {
        id: r.id.uuid(),
        program_id: r.program_id.uuid(),
        name: r.name.clone(),
        county: r.county.clone(),
        version: r.version,
        can: EditAction { edit: access.allows(ProgramPermission::Manage) },
    }
}

/// Loads a district of a program `me` coordinates; 404 out of scope, 403 for other members.
pub(crate) fn load_to_change(
    c: &mut DbConnection,
    me: &CurrentUser,
    id: DistrictId,
) -> Result<Loaded<DistrictRecord>, ApiError> {
    let row = districts::find(c, id).or_not_found("district")?;
    let access = ProgramAccess::load(c, me, row.program_id)?;
    access.require_of(ProgramPermission::Manage, "district")?;
    Ok(Loaded { row, context: access })
}

/// A name and a county, and a name no other district of the program has. Checked before it is
/// written (the database refuses a duplicate without naming the field).
pub(crate) fn check(
    c: &mut DbConnection,
    program_id: ProgramId,
    id: DistrictId,
    name: &str,
    county: &str,
) -> Result<(), ApiError> {
    let mut errors = Vec::new();
    check_text("name", name, 200, &mut errors);
    check_text("county", county, 100, &mut errors);
    Invalid::check(errors)?;
    if districts::name_taken(c, program_id, name, Some(id))? {
        return Err(ApiError::conflict("name", "is already a district of this program"));
    }
    Ok(())
}
