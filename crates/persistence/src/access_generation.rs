//! How many times what decides a caller's access to an enrollment's records has changed: the
//! memberships (roles), coach assignments, enrollments, cohorts and programs. Triggers on both
//! backends count every insert, update and delete of those tables, in the changing
//! transaction, so a count read in a transaction is the one its data matches.

use crate::connection::native;
use crate::schema::access_generation;
use crate::StoreError;
use diesel::prelude::*;

pub fn current(c: &mut crate::DbConnection) -> Result<i64, StoreError> {
    let query = access_generation::table.find(1).select(access_generation::n);
    Ok(native!(c, |c| query.get_result(c))?)
}
