use crate::schema::districts;
use crate::StoreError;
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = districts)]
pub struct DistrictRow {
    pub id: String,
    pub program_id: String,
    pub name: String,
    pub county: String,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

pub fn insert(c: &mut crate::DbConnection, row: &DistrictRow) -> Result<(), StoreError> {
    diesel::insert_into(districts::table).values(row).execute(c)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: &str) -> Result<DistrictRow, StoreError> {
    Ok(districts::table.find(id).select(DistrictRow::as_select()).get_result(c)?)
}

pub fn list(c: &mut crate::DbConnection, program_id: &str) -> Result<Vec<DistrictRow>, StoreError> {
    Ok(districts::table
        .filter(districts::program_id.eq(program_id))
        .order(districts::name)
        .select(DistrictRow::as_select())
        .load(c)?)
}

pub fn name_taken(
    c: &mut crate::DbConnection,
    program_id: &str,
    name: &str,
    except: Option<&str>,
) -> Result<bool, StoreError> {
    let mut q =
        districts::table.filter(districts::program_id.eq(program_id)).filter(districts::name.eq(name)).into_boxed();
    if let Some(id) = except {
        q = q.filter(districts::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(c)? > 0)
}

pub fn update(c: &mut crate::DbConnection, row: &DistrictRow, expected: i32) -> Result<bool, StoreError> {
    let n =
        diesel::update(districts::table.find(&row.id).filter(districts::version.eq(expected))).set(row).execute(c)?;
    Ok(n == 1)
}
