//! The districts (employers) of a program's candidates.

use crate::schema::districts;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::ids::{DistrictId, ProgramId};
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = districts)]
pub struct DistrictRow {
    #[diesel(skip_update)]
    pub id: DistrictId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    pub name: String,
    pub county: String,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(DistrictRow, districts, DistrictId);

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = districts)]
pub struct NewDistrict {
    pub id: DistrictId,
    pub program_id: ProgramId,
    pub name: String,
    pub county: String,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewDistrict {
    pub fn new(program_id: ProgramId, name: &str, county: &str) -> NewDistrict {
        let at = crate::now();
        NewDistrict {
            id: DistrictId::new(),
            program_id,
            name: name.trim().into(),
            county: county.trim().into(),
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, new: &NewDistrict) -> Result<DistrictRow, StoreError> {
    // `RETURNING` does not build for the multi-backend connection: read the row back.
    diesel::insert_into(districts::table).values(new).execute(c)?;
    find(c, new.id)
}

pub fn find(c: &mut crate::DbConnection, id: DistrictId) -> Result<DistrictRow, StoreError> {
    Ok(districts::table.find(id).select(DistrictRow::as_select()).get_result(c)?)
}

pub fn list(c: &mut crate::DbConnection, program_id: ProgramId) -> Result<Vec<DistrictRow>, StoreError> {
    Ok(districts::table
        .filter(districts::program_id.eq(program_id))
        .order(districts::name)
        .select(DistrictRow::as_select())
        .load(c)?)
}

pub fn name_taken(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    name: &str,
    except: Option<DistrictId>,
) -> Result<bool, StoreError> {
    let mut q =
        districts::table.filter(districts::program_id.eq(program_id)).filter(districts::name.eq(name)).into_boxed();
    if let Some(id) = except {
        q = q.filter(districts::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(c)? > 0)
}
