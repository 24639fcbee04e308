use crate::schema::programs;
use crate::StoreError;
use coachfolio_domain::settings::RequirementSettings;
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = programs)]
pub struct ProgramRow {
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub framework: String,
    pub time_zone: String,
    /// `RequirementSettings` as JSON: one column, so new settings need no migration.
    pub settings: String,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl ProgramRow {
    pub fn settings(&self) -> Result<RequirementSettings, StoreError> {
        serde_json::from_str(&self.settings).map_err(|e| StoreError::Corrupt(format!("program settings: {e}")))
    }
}

pub fn insert(c: &mut crate::DbConnection, row: &ProgramRow) -> Result<(), StoreError> {
    diesel::insert_into(programs::table).values(row).execute(c)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: &str) -> Result<ProgramRow, StoreError> {
    Ok(programs::table.find(id).select(ProgramRow::as_select()).get_result(c)?)
}

pub fn name_taken(c: &mut crate::DbConnection, name: &str, except: Option<&str>) -> Result<bool, StoreError> {
    let mut q = programs::table.filter(programs::name.eq(name)).into_boxed();
    if let Some(id) = except {
        q = q.filter(programs::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(c)? > 0)
}

/// Every program (`ids` = None) or those listed, by name.
pub fn list(c: &mut crate::DbConnection, ids: Option<&[String]>) -> Result<Vec<ProgramRow>, StoreError> {
    let mut q = programs::table.order(programs::name).select(ProgramRow::as_select()).into_boxed();
    if let Some(ids) = ids {
        q = q.filter(programs::id.eq_any(ids));
    }
    Ok(q.load(c)?)
}

pub fn update(c: &mut crate::DbConnection, row: &ProgramRow, expected: i32) -> Result<bool, StoreError> {
    let n = diesel::update(programs::table.find(&row.id).filter(programs::version.eq(expected))).set(row).execute(c)?;
    Ok(n == 1)
}
