//! Completion rosters: the recommended candidates sent to the credential office.

use crate::schema::completion_rosters as cr;
use crate::sql_types::Json;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::ids::{EnrollmentId, ProgramId, RosterId, UserId};
use coachfolio_domain::roster::RosterStatus;
use diesel::prelude::*;
use time::PrimitiveDateTime;

/// A roster as read; a change writes its status and submission.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset, Insertable)]
#[diesel(table_name = cr, treat_none_as_null = true)]
pub struct RosterRow {
    #[diesel(skip_update)]
    pub id: RosterId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub enrollment_ids: Json<Vec<EnrollmentId>>,
    pub status: RosterStatus,
    #[diesel(skip_update)]
    pub created_by: UserId,
    pub submitted_by: Option<UserId>,
    pub submitted_at: Option<PrimitiveDateTime>,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(RosterRow, completion_rosters, RosterId);

impl RosterRow {
    /// A draft roster of these candidates.
    pub fn draft(program_id: ProgramId, enrollment_ids: Vec<EnrollmentId>, by: UserId) -> RosterRow {
        let at = crate::now();
        RosterRow {
            id: RosterId::new(),
            program_id,
            enrollment_ids: Json(enrollment_ids),
            status: RosterStatus::Draft,
            created_by: by,
            submitted_by: None,
            submitted_at: None,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, row: &RosterRow) -> Result<(), StoreError> {
    diesel::insert_into(cr::table).values(row).execute(c)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: RosterId) -> Result<RosterRow, StoreError> {
    <RosterRow as crate::versioned::Versioned>::find(c, id)
}

/// A program's rosters, newest first.
pub fn of_program(c: &mut crate::DbConnection, program_id: ProgramId) -> Result<Vec<RosterRow>, StoreError> {
    Ok(cr::table
        .filter(cr::program_id.eq(program_id))
        .order(cr::created_at.desc())
        .select(RosterRow::as_select())
        .load(c)?)
}
