//! Follow-ups: the program staff's messages to a candidate from the portfolio review.

use crate::schema::follow_ups as fu;
use crate::sql_types::Json;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::follow_up::FollowUpStatus;
use coachfolio_domain::ids::{EnrollmentId, FollowUpId, ProgramId, UserId};
use coachfolio_domain::portfolio_review::ReviewFlag;
use diesel::prelude::*;
use time::PrimitiveDateTime;

/// A follow-up as read; a change writes its status and resolution.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset, Insertable)]
#[diesel(table_name = fu, treat_none_as_null = true)]
pub struct FollowUpRow {
    #[diesel(skip_update)]
    pub id: FollowUpId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub enrollment_id: EnrollmentId,
    #[diesel(skip_update)]
    pub candidate_id: UserId,
    #[diesel(skip_update)]
    pub flags: Json<Vec<ReviewFlag>>,
    #[diesel(skip_update)]
    pub message: String,
    pub status: FollowUpStatus,
    #[diesel(skip_update)]
    pub created_by: UserId,
    pub resolved_by: Option<UserId>,
    pub resolved_at: Option<PrimitiveDateTime>,
    pub resolution: Option<String>,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(FollowUpRow, follow_ups, FollowUpId);

impl FollowUpRow {
    /// An open follow-up of `enrollment` sent by `by`.
    pub fn open(
        enrollment: &crate::enrollments::EnrollmentRow,
        flags: Vec<ReviewFlag>,
        message: String,
        by: UserId,
    ) -> FollowUpRow {
        let at = crate::now();
        FollowUpRow {
            id: FollowUpId::new(),
            program_id: enrollment.program_id,
            enrollment_id: enrollment.id,
            candidate_id: enrollment.candidate_id,
            flags: Json(flags),
            message,
            status: FollowUpStatus::Open,
            created_by: by,
            resolved_by: None,
            resolved_at: None,
            resolution: None,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, row: &FollowUpRow) -> Result<(), StoreError> {
    diesel::insert_into(fu::table).values(row).execute(c)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: FollowUpId) -> Result<FollowUpRow, StoreError> {
    <FollowUpRow as crate::versioned::Versioned>::find(c, id)
}

/// An enrollment's follow-ups, newest first.
pub fn of_enrollment(c: &mut crate::DbConnection, id: EnrollmentId) -> Result<Vec<FollowUpRow>, StoreError> {
    Ok(fu::table
        .filter(fu::enrollment_id.eq(id))
        .order(fu::created_at.desc())
        .select(FollowUpRow::as_select())
        .load(c)?)
}

/// The enrollments of a program (one line per follow-up) with a follow-up still open: one query.
pub fn open_of_program(c: &mut crate::DbConnection, program_id: ProgramId) -> Result<Vec<EnrollmentId>, StoreError> {
    Ok(fu::table
        .filter(fu::program_id.eq(program_id))
        .filter(fu::status.eq(FollowUpStatus::Open))
        .select(fu::enrollment_id)
        .load(c)?)
}

/// The open follow-ups of these enrollments, oldest first: one query.
pub fn open_of_enrollments(c: &mut crate::DbConnection, ids: &[EnrollmentId]) -> Result<Vec<FollowUpRow>, StoreError> {
    Ok(fu::table
        .filter(fu::enrollment_id.eq_any(ids))
        .filter(fu::status.eq(FollowUpStatus::Open))
        .order(fu::created_at)
        .select(FollowUpRow::as_select())
        .load(c)?)
}
