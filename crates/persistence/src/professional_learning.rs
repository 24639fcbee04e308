//! Alternative professional learning records (the PL reflection form and its approval).

use crate::schema::professional_learning as pl;
use crate::sql_types::Json;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::ids::{EnrollmentId, IlpId, ProfessionalLearningId, ProgramId, UserId};
use coachfolio_domain::professional_learning::{PlReflection, PlStatus};
use diesel::prelude::*;
use time::{Date, PrimitiveDateTime};

/// What the candidate and coach write.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, AsChangeset, Insertable)]
#[diesel(table_name = pl, treat_none_as_null = true)]
pub struct PlForm {
    pub title: String,
    pub activity_date: Date,
    pub minutes: i32,
    pub ilp_id: Option<IlpId>,
    pub reflection: Json<PlReflection>,
}

/// A record as read; a change writes its form, status and decision.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = pl, treat_none_as_null = true)]
pub struct PlRow {
    #[diesel(skip_update)]
    pub id: ProfessionalLearningId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub enrollment_id: EnrollmentId,
    #[diesel(skip_update)]
    pub candidate_id: UserId,
    #[diesel(embed)]
    pub form: PlForm,
    pub status: PlStatus,
    pub submitted_at: Option<PrimitiveDateTime>,
    pub decided_by: Option<UserId>,
    pub decided_at: Option<PrimitiveDateTime>,
    pub decision_reason: Option<String>,
    #[diesel(skip_update)]
    pub created_by: UserId,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(PlRow, professional_learning, ProfessionalLearningId);

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = pl)]
pub struct NewPl {
    pub id: ProfessionalLearningId,
    pub program_id: ProgramId,
    pub enrollment_id: EnrollmentId,
    pub candidate_id: UserId,
    #[diesel(embed)]
    pub form: PlForm,
    pub status: PlStatus,
    pub submitted_at: Option<PrimitiveDateTime>,
    pub created_by: UserId,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewPl {
    /// A new draft for the candidate of an enrollment.
    pub fn draft(e: &crate::enrollments::EnrollmentRow, form: PlForm, by: UserId) -> NewPl {
        let at = crate::now();
        NewPl {
            id: ProfessionalLearningId::new(),
            program_id: e.program_id,
            enrollment_id: e.id,
            candidate_id: e.candidate_id,
            form,
            status: PlStatus::Draft,
            submitted_at: None,
            created_by: by,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, new: &NewPl) -> Result<PlRow, StoreError> {
    diesel::insert_into(pl::table).values(new).execute(c)?;
    find(c, new.id)
}

pub fn find(c: &mut crate::DbConnection, id: ProfessionalLearningId) -> Result<PlRow, StoreError> {
    Ok(pl::table.find(id).select(PlRow::as_select()).get_result(c)?)
}

/// An enrollment's records, latest first.
pub fn of_enrollment(c: &mut crate::DbConnection, id: EnrollmentId) -> Result<Vec<PlRow>, StoreError> {
    Ok(pl::table
        .filter(pl::enrollment_id.eq(id))
        .order((pl::activity_date.desc(), pl::created_at.desc()))
        .select(PlRow::as_select())
        .load(c)?)
}

/// A program's records in `status`, oldest submission first (the approval queue).
pub fn of_program(c: &mut crate::DbConnection, id: ProgramId, status: PlStatus) -> Result<Vec<PlRow>, StoreError> {
    Ok(pl::table
        .filter(pl::program_id.eq(id))
        .filter(pl::status.eq(status))
        .order((pl::submitted_at.asc(), pl::created_at.asc()))
        .select(PlRow::as_select())
        .load(c)?)
}

/// What the hours ledger reads of a record.
#[derive(Debug, Clone, Queryable)]
pub struct PlMinutes {
    pub id: ProfessionalLearningId,
    pub enrollment_id: EnrollmentId,
    pub title: String,
    pub activity_date: Date,
    pub minutes: i32,
    pub status: PlStatus,
}

/// The submitted and approved records of these enrollments (all of the program's when
/// `None`): one query, no reflection text.
pub fn minutes_of(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
) -> Result<Vec<PlMinutes>, StoreError> {
    let mut q = pl::table
        .filter(pl::program_id.eq(program_id))
        .filter(pl::status.eq_any([PlStatus::Submitted, PlStatus::Approved]))
        .into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(pl::enrollment_id.eq_any(ids));
    }
    Ok(q.select((pl::id, pl::enrollment_id, pl::title, pl::activity_date, pl::minutes, pl::status)).load(c)?)
}
