//! Cohorts of a program.

use crate::schema::cohorts;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::ids::{CohortId, ProgramId};
use diesel::prelude::*;
use time::{Date, PrimitiveDateTime};

#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = cohorts)]
pub struct CohortRow {
    #[diesel(skip_update)]
    pub id: CohortId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    pub label: String,
    pub start_date: Date,
    pub program_years: i32,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(CohortRow, cohorts, CohortId);

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = cohorts)]
pub struct NewCohort {
    pub id: CohortId,
    pub program_id: ProgramId,
    pub label: String,
    pub start_date: Date,
    pub program_years: i32,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewCohort {
    pub fn new(program_id: ProgramId, label: &str, start_date: Date, program_years: i32) -> NewCohort {
        let at = crate::now();
        NewCohort {
            id: CohortId::new(),
            program_id,
            label: label.trim().into(),
            start_date,
            program_years,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, new: &NewCohort) -> Result<CohortRow, StoreError> {
    // `RETURNING` does not build for the multi-backend connection: read the row back.
    diesel::insert_into(cohorts::table).values(new).execute(c)?;
    find(c, new.id)
}

pub fn find(c: &mut crate::DbConnection, id: CohortId) -> Result<CohortRow, StoreError> {
    <CohortRow as crate::versioned::Versioned>::find(c, id)
}

pub fn list(c: &mut crate::DbConnection, program_id: ProgramId) -> Result<Vec<CohortRow>, StoreError> {
    Ok(cohorts::table
        .filter(cohorts::program_id.eq(program_id))
        .order((cohorts::start_date, cohorts::label))
        .select(CohortRow::as_select())
        .load(c)?)
}

pub fn label_taken(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    label: &str,
    except: Option<CohortId>,
) -> Result<bool, StoreError> {
    let mut q = cohorts::table.filter(cohorts::program_id.eq(program_id)).filter(cohorts::label.eq(label)).into_boxed();
    if let Some(id) = except {
        q = q.filter(cohorts::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(c)? > 0)
}
