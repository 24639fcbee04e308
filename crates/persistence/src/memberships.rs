//! Who holds which role in which program.

use crate::schema::{memberships, programs, users};
use crate::users::{user_ref, RefTuple, REF_COLUMNS};
use crate::StoreError;
use coachfolio_domain::user::UserRef;
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = memberships)]
pub struct MembershipRow {
    pub id: String,
    pub user_id: String,
    pub program_id: String,
    pub role: String,
    pub district_id: Option<String>,
    pub created_at: PrimitiveDateTime,
}

pub fn insert(c: &mut crate::DbConnection, row: &MembershipRow) -> Result<(), StoreError> {
    diesel::insert_into(memberships::table).values(row).execute(c)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: &str) -> Result<MembershipRow, StoreError> {
    Ok(memberships::table.find(id).select(MembershipRow::as_select()).get_result(c)?)
}

pub fn delete(c: &mut crate::DbConnection, id: &str) -> Result<(), StoreError> {
    diesel::delete(memberships::table.find(id)).execute(c)?;
    Ok(())
}

/// Every membership of one person, with the program's name.
pub fn of_user(c: &mut crate::DbConnection, user_id: &str) -> Result<Vec<(MembershipRow, String)>, StoreError> {
    Ok(memberships::table
        .inner_join(programs::table)
        .filter(memberships::user_id.eq(user_id))
        .order((programs::name, memberships::role))
        .select((MembershipRow::as_select(), programs::name))
        .load(c)?)
}

/// The members of a program, optionally of one role, with who they are.
pub fn of_program(
    c: &mut crate::DbConnection,
    program_id: &str,
    role: Option<&str>,
) -> Result<Vec<(MembershipRow, UserRef)>, StoreError> {
    let mut q = memberships::table
        .inner_join(users::table)
        .filter(memberships::program_id.eq(program_id))
        .order((memberships::role, users::display_name))
        .select((MembershipRow::as_select(), REF_COLUMNS))
        .into_boxed();
    if let Some(role) = role {
        q = q.filter(memberships::role.eq(role.to_string()));
    }
    let rows: Vec<(MembershipRow, RefTuple)> = q.load(c)?;
    Ok(rows.into_iter().map(|(m, u)| (m, user_ref(u))).collect())
}

/// Whether the user holds `role` in the program.
pub fn holds(c: &mut crate::DbConnection, user_id: &str, program_id: &str, role: &str) -> Result<bool, StoreError> {
    Ok(diesel::select(diesel::dsl::exists(
        memberships::table
            .filter(memberships::user_id.eq(user_id))
            .filter(memberships::program_id.eq(program_id))
            .filter(memberships::role.eq(role)),
    ))
    .get_result(c)?)
}

/// The roles (and represented districts) the user holds in the program.
pub fn roles_in(
    c: &mut crate::DbConnection,
    user_id: &str,
    program_id: &str,
) -> Result<Vec<(String, Option<String>)>, StoreError> {
    Ok(memberships::table
        .filter(memberships::user_id.eq(user_id))
        .filter(memberships::program_id.eq(program_id))
        .select((memberships::role, memberships::district_id))
        .load(c)?)
}

/// Whether the user holds any of `roles` in any program.
pub fn holds_anywhere(c: &mut crate::DbConnection, user_id: &str, roles: &[&str]) -> Result<bool, StoreError> {
    Ok(diesel::select(diesel::dsl::exists(
        memberships::table.filter(memberships::user_id.eq(user_id)).filter(memberships::role.eq_any(roles)),
    ))
    .get_result(c)?)
}
