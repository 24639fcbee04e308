//! Programs and their requirement settings.

use crate::schema::programs;
use crate::sql_types::Json;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::settings::RequirementSettings;
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = programs)]
pub struct ProgramRow {
    #[diesel(skip_update)]
    pub id: ProgramId,
    pub name: String,
    pub organisation: String,
    pub framework: String,
    pub time_zone: String,
    /// One JSON column, so new settings need no migration.
    pub settings: Json<RequirementSettings>,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(ProgramRow, programs, ProgramId);

/// A new program with the handbook's (FCSS CASC) settings and the CPSEL framework.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = programs)]
pub struct NewProgram {
    pub id: ProgramId,
    pub name: String,
    pub organisation: String,
    pub framework: String,
    pub time_zone: String,
    pub settings: Json<RequirementSettings>,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewProgram {
    pub fn new(name: &str, organisation: &str, time_zone: &str) -> NewProgram {
        let at = crate::now();
        NewProgram {
            id: ProgramId::new(),
            name: name.trim().into(),
            organisation: organisation.trim().into(),
            framework: "CPSEL".into(),
            time_zone: time_zone.into(),
            settings: Json(RequirementSettings::default()),
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, new: &NewProgram) -> Result<ProgramRow, StoreError> {
    // `RETURNING` does not build for the multi-backend connection: read the row back.
    diesel::insert_into(programs::table).values(new).execute(c)?;
    find(c, new.id)
}

pub fn find(c: &mut crate::DbConnection, id: ProgramId) -> Result<ProgramRow, StoreError> {
    <ProgramRow as crate::versioned::Versioned>::find(c, id)
}

pub fn name_taken(c: &mut crate::DbConnection, name: &str, except: Option<ProgramId>) -> Result<bool, StoreError> {
    let mut q = programs::table.filter(programs::name.eq(name)).into_boxed();
    if let Some(id) = except {
        q = q.filter(programs::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(c)? > 0)
}

/// Every program (`ids` = None) or those listed, by name.
pub fn list(c: &mut crate::DbConnection, ids: Option<&[ProgramId]>) -> Result<Vec<ProgramRow>, StoreError> {
    let mut q = programs::table.order(programs::name).select(ProgramRow::as_select()).into_boxed();
    if let Some(ids) = ids {
        q = q.filter(programs::id.eq_any(ids));
    }
    Ok(q.load(c)?)
}
