//! Who holds which role in which program.

use crate::schema::{memberships, programs, users};
use crate::users::{user_ref, RefTuple, REF_COLUMNS};
use crate::StoreError;
use coachfolio_domain::ids::{DistrictId, MembershipId, ProgramId, UserId};
use coachfolio_domain::role::Role;
use coachfolio_domain::user::UserRef;
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = memberships)]
pub struct MembershipRow {
    pub id: MembershipId,
    pub user_id: UserId,
    pub program_id: ProgramId,
    pub role: Role,
    pub district_id: Option<DistrictId>,
    pub created_at: PrimitiveDateTime,
}

impl MembershipRow {
    /// A new role in a program (`district` for a district representative).
    pub fn new(user_id: UserId, program_id: ProgramId, role: Role, district_id: Option<DistrictId>) -> MembershipRow {
        MembershipRow { id: MembershipId::new(), user_id, program_id, role, district_id, created_at: crate::now() }
    }
}

pub fn insert(c: &mut crate::DbConnection, row: &MembershipRow) -> Result<(), StoreError> {
    diesel::insert_into(memberships::table).values(row).execute(c)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: MembershipId) -> Result<MembershipRow, StoreError> {
    Ok(memberships::table.find(id).select(MembershipRow::as_select()).get_result(c)?)
}

pub fn delete(c: &mut crate::DbConnection, id: MembershipId) -> Result<(), StoreError> {
    diesel::delete(memberships::table.find(id)).execute(c)?;
    Ok(())
}

/// Every membership of one person, with the program's name.
pub fn of_user(c: &mut crate::DbConnection, user_id: UserId) -> Result<Vec<(MembershipRow, String)>, StoreError> {
    Ok(memberships::table
        .inner_join(programs::table)
        .filter(memberships::user_id.eq(user_id))
        .order((programs::name, memberships::role))
        .select((MembershipRow::as_select(), programs::name))
        .load(c)?)
}

/// Every membership of these people, with the program's name: one query for a page of accounts.
pub fn of_users(c: &mut crate::DbConnection, ids: &[UserId]) -> Result<Vec<(MembershipRow, String)>, StoreError> {
    Ok(memberships::table
        .inner_join(programs::table)
        .filter(memberships::user_id.eq_any(ids))
        .select((MembershipRow::as_select(), programs::name))
        .load(c)?)
}

/// The members of a program, optionally of one role, with who they are.
pub fn of_program(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    role: Option<Role>,
) -> Result<Vec<(MembershipRow, UserRef)>, StoreError> {
    let mut q = memberships::table
        .inner_join(users::table)
        .filter(memberships::program_id.eq(program_id))
        .order((memberships::role, users::display_name))
        .select((MembershipRow::as_select(), REF_COLUMNS))
        .into_boxed();
    if let Some(role) = role {
        q = q.filter(memberships::role.eq(role));
    }
    let rows: Vec<(MembershipRow, RefTuple)> = q.load(c)?;
    Ok(rows.into_iter().map(|(m, u)| (m, user_ref(u))).collect())
}

/// Whether the user holds `role` in the program.
pub fn holds(
    c: &mut crate::DbConnection,
    user_id: UserId,
    program_id: ProgramId,
    role: Role,
) -> Result<bool, StoreError> {
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
    user_id: UserId,
    program_id: ProgramId,
) -> Result<Vec<(Role, Option<DistrictId>)>, StoreError> {
    let query = memberships::table
        .filter(memberships::user_id.eq(user_id))
        .filter(memberships::program_id.eq(program_id))
        .select((memberships::role, memberships::district_id));
    Ok(crate::connection::native!(c, |c| query.load(c))?)
}
