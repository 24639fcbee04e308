//! Applications to Practice, one per enrollment.

use crate::reflections::ReflectionRow;
use crate::schema::applications_to_practice as atp;
use crate::sql_types::Json;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::application_to_practice::{AtpContent, AtpStatus};
use coachfolio_domain::ids::{AtpId, EnrollmentId, ProgramId, ReflectionId, UserId};
use diesel::prelude::*;
use time::PrimitiveDateTime;

/// An Application to Practice as read; a change writes its content, choice and status.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = atp, treat_none_as_null = true)]
pub struct AtpRow {
    #[diesel(skip_update)]
    pub id: AtpId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub enrollment_id: EnrollmentId,
    #[diesel(skip_update)]
    pub candidate_id: UserId,
    /// The interim reflection it is built on.
    #[diesel(skip_update)]
    pub reflection_id: ReflectionId,
    pub status: AtpStatus,
    pub content: Json<AtpContent>,
    /// Whether the candidate counts it for 2 hours of professional learning.
    pub counts_for_pl: bool,
    pub submitted_at: Option<PrimitiveDateTime>,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(AtpRow, applications_to_practice, AtpId);

/// A new, empty draft on a submitted interim reflection.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = atp)]
pub struct NewAtp {
    pub id: AtpId,
    pub program_id: ProgramId,
    pub enrollment_id: EnrollmentId,
    pub candidate_id: UserId,
    pub reflection_id: ReflectionId,
    pub status: AtpStatus,
    pub content: Json<AtpContent>,
    pub counts_for_pl: bool,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewAtp {
    pub fn on(interim: &ReflectionRow) -> NewAtp {
        let at = crate::now();
        NewAtp {
            id: AtpId::new(),
            program_id: interim.program_id,
            enrollment_id: interim.enrollment_id,
            candidate_id: interim.candidate_id,
            reflection_id: interim.id,
            status: AtpStatus::Draft,
            content: Json(AtpContent::default()),
            counts_for_pl: false,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, new: &NewAtp) -> Result<AtpRow, StoreError> {
    // `RETURNING` does not build for the multi-backend connection: read the row back.
    diesel::insert_into(atp::table).values(new).execute(c)?;
    find(c, new.id)
}

pub fn find(c: &mut crate::DbConnection, id: AtpId) -> Result<AtpRow, StoreError> {
    Ok(atp::table.find(id).select(AtpRow::as_select()).get_result(c)?)
}

/// The enrollment's Application to Practice, if started.
pub fn of_enrollment(c: &mut crate::DbConnection, id: EnrollmentId) -> Result<Option<AtpRow>, StoreError> {
    Ok(atp::table.filter(atp::enrollment_id.eq(id)).select(AtpRow::as_select()).get_result(c).optional()?)
}

/// What the professional-learning ledger reads of an Application to Practice.
#[derive(Debug, Clone, Copy, Queryable)]
pub struct AtpForPl {
    pub enrollment_id: EnrollmentId,
    pub id: AtpId,
    pub status: AtpStatus,
    pub submitted_at: Option<PrimitiveDateTime>,
}

/// The Applications to Practice the candidates count for professional learning, of these
/// enrollments (all of the program's when `None`): one query, no text.
pub fn counted_for_pl(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
) -> Result<Vec<AtpForPl>, StoreError> {
    let mut q = atp::table.filter(atp::program_id.eq(program_id)).filter(atp::counts_for_pl.eq(true)).into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(atp::enrollment_id.eq_any(ids));
    }
    Ok(q.select((atp::enrollment_id, atp::id, atp::status, atp::submitted_at)).load(c)?)
}

/// The status of the Application to Practice of these enrollments of a program (all of them
/// when `None`), for those who started one: one query, no text.
pub fn statuses_of(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
) -> Result<Vec<(EnrollmentId, AtpStatus)>, StoreError> {
    let mut q = atp::table.filter(atp::program_id.eq(program_id)).into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(atp::enrollment_id.eq_any(ids));
    }
    Ok(q.select((atp::enrollment_id, atp::status)).load(c)?)
}
