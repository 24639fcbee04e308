//! The e-portfolio's annual review marks: one a program year for the candidate and one for
//! their coach, kept as they were given (never changed).

use crate::schema::annual_reviews as ar;
use crate::StoreError;
use coachfolio_domain::annual_review::Reviewer;
use coachfolio_domain::ids::{EnrollmentId, ProgramId, UserId};
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = ar)]
pub struct MarkRow {
    pub id: String,
    pub program_id: ProgramId,
    pub enrollment_id: EnrollmentId,
    pub program_year: i32,
    pub reviewer: Reviewer,
    pub reviewed_by: UserId,
    pub reviewed_at: PrimitiveDateTime,
}

impl MarkRow {
    pub fn new(
        program_id: ProgramId,
        enrollment_id: EnrollmentId,
        year: u32,
        reviewer: Reviewer,
        by: UserId,
    ) -> MarkRow {
        MarkRow {
            id: uuid::Uuid::new_v4().to_string(),
            program_id,
            enrollment_id,
            program_year: year as i32,
            reviewer,
            reviewed_by: by,
            reviewed_at: crate::now(),
        }
    }
}

/// Keeps a mark; `false` when that year already has that reviewer's (the unique key decides,
/// so two at once keep one; on PostgreSQL the transaction is then spent: answer at once).
pub fn insert(c: &mut crate::DbConnection, row: &MarkRow) -> Result<bool, StoreError> {
    match diesel::insert_into(ar::table).values(row).execute(c) {
        Ok(_) => Ok(true),
        Err(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// The marks of these enrollments: one query.
pub fn of_enrollments(c: &mut crate::DbConnection, ids: &[EnrollmentId]) -> Result<Vec<MarkRow>, StoreError> {
    Ok(ar::table.filter(ar::enrollment_id.eq_any(ids)).order(ar::program_year).select(MarkRow::as_select()).load(c)?)
}
