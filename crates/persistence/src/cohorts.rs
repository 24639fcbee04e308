use crate::schema::cohorts;
use crate::StoreError;
use diesel::prelude::*;
use time::{Date, PrimitiveDateTime};

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = cohorts)]
pub struct CohortRow {
    pub id: String,
    pub program_id: String,
    pub label: String,
    pub start_date: Date,
    pub program_years: i32,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

pub fn insert(c: &mut crate::DbConnection, row: &CohortRow) -> Result<(), StoreError> {
    diesel::insert_into(cohorts::table).values(row).execute(c)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: &str) -> Result<CohortRow, StoreError> {
    Ok(cohorts::table.find(id).select(CohortRow::as_select()).get_result(c)?)
}

pub fn list(c: &mut crate::DbConnection, program_id: &str) -> Result<Vec<CohortRow>, StoreError> {
    Ok(cohorts::table
        .filter(cohorts::program_id.eq(program_id))
        .order((cohorts::start_date, cohorts::label))
        .select(CohortRow::as_select())
        .load(c)?)
}

pub fn label_taken(
    c: &mut crate::DbConnection,
    program_id: &str,
    label: &str,
    except: Option<&str>,
) -> Result<bool, StoreError> {
    let mut q = cohorts::table.filter(cohorts::program_id.eq(program_id)).filter(cohorts::label.eq(label)).into_boxed();
    if let Some(id) = except {
        q = q.filter(cohorts::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(c)? > 0)
}

pub fn update(c: &mut crate::DbConnection, row: &CohortRow, expected: i32) -> Result<bool, StoreError> {
    let n = diesel::update(cohorts::table.find(&row.id).filter(cohorts::version.eq(expected))).set(row).execute(c)?;
    Ok(n == 1)
}
