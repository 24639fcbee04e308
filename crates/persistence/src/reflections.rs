//! Reflection assessments, one per term per enrollment.

use crate::enrollments::EnrollmentRow;
use crate::schema::reflections;
use crate::sql_types::Json;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::ids::{EnrollmentId, ProgramId, ReflectionId, UserId};
use coachfolio_domain::reflection::{self, Entries, ReflectionStatus, Term};
use diesel::prelude::*;
use time::PrimitiveDateTime;

/// A term's reflection as read. A change writes its entries, the counts kept beside them and
/// its status; its candidate, term and creation never change.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = reflections, treat_none_as_null = true)]
pub struct ReflectionRow {
    #[diesel(skip_update)]
    pub id: ReflectionId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub enrollment_id: EnrollmentId,
    #[diesel(skip_update)]
    pub candidate_id: UserId,
    #[diesel(skip_update)]
    pub term: Term,
    pub status: ReflectionStatus,
    pub entries: Json<Entries>,
    pub complete_elements: i32,
    pub meets_elements: i32,
    pub submitted_at: Option<PrimitiveDateTime>,
    pub reopened_at: Option<PrimitiveDateTime>,
    pub reopened_by: Option<UserId>,
    pub reopen_reason: Option<String>,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(ReflectionRow, reflections, ReflectionId);

impl ReflectionRow {
    /// Keeps the counts the program's view reads in step with the entries.
    pub fn count(&mut self) {
        self.complete_elements = reflection::completion(&self.entries).0 as i32;
        self.meets_elements = reflection::at_or_above_meets(&self.entries) as i32;
    }
}

/// A new term's reflection, in progress and empty.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = reflections)]
pub struct NewReflection {
    pub id: ReflectionId,
    pub program_id: ProgramId,
    pub enrollment_id: EnrollmentId,
    pub candidate_id: UserId,
    pub term: Term,
    pub status: ReflectionStatus,
    pub entries: Json<Entries>,
    pub complete_elements: i32,
    pub meets_elements: i32,
    pub submitted_at: Option<PrimitiveDateTime>,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewReflection {
    pub fn start(enrollment: &EnrollmentRow, term: Term) -> NewReflection {
        let at = crate::now();
        NewReflection {
            id: ReflectionId::new(),
            program_id: enrollment.program_id,
            enrollment_id: enrollment.id,
            candidate_id: enrollment.candidate_id,
            term,
            status: ReflectionStatus::InProgress,
            entries: Json(Entries::new()),
            complete_elements: 0,
            meets_elements: 0,
            submitted_at: None,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, new: &NewReflection) -> Result<ReflectionRow, StoreError> {
    // `RETURNING` does not build for the multi-backend connection: read the row back.
    diesel::insert_into(reflections::table).values(new).execute(c)?;
    find(c, new.id)
}

pub fn find(c: &mut crate::DbConnection, id: ReflectionId) -> Result<ReflectionRow, StoreError> {
    <ReflectionRow as crate::versioned::Versioned>::find(c, id)
}

/// An enrollment's reflections, by term.
pub fn of_enrollment(c: &mut crate::DbConnection, id: EnrollmentId) -> Result<Vec<ReflectionRow>, StoreError> {
    let mut rows: Vec<ReflectionRow> =
        reflections::table.filter(reflections::enrollment_id.eq(id)).select(ReflectionRow::as_select()).load(c)?;
    rows.sort_by_key(|r| r.term);
    Ok(rows)
}

/// One term of one candidate, as the program's view shows it: no entries read.
#[derive(Debug, Clone, Queryable)]
pub struct TermSummary {
    pub enrollment_id: EnrollmentId,
    pub term: Term,
    pub status: ReflectionStatus,
    pub complete_elements: i32,
    pub meets_elements: i32,
    pub submitted_at: Option<PrimitiveDateTime>,
}

/// The term summaries of a program's candidates (these, or all when `None`): one query.
pub fn summaries_of_program(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
) -> Result<Vec<TermSummary>, StoreError> {
    let mut q = reflections::table.filter(reflections::program_id.eq(program_id)).into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(reflections::enrollment_id.eq_any(ids));
    }
    Ok(q.select((
        reflections::enrollment_id,
        reflections::term,
        reflections::status,
        reflections::complete_elements,
        reflections::meets_elements,
        reflections::submitted_at,
    ))
    .load(c)?)
}

/// The entries of the submitted ending reflections of these enrollments of a program (all of
/// them when `None`): the completion's growth item. One query.
pub fn submitted_endings(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
) -> Result<Vec<(EnrollmentId, Json<Entries>)>, StoreError> {
    let mut q = reflections::table
        .filter(reflections::program_id.eq(program_id))
        .filter(reflections::term.eq(Term::Ending))
        .filter(reflections::status.eq(ReflectionStatus::Submitted))
        .into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(reflections::enrollment_id.eq_any(ids));
    }
    Ok(q.select((reflections::enrollment_id, reflections::entries)).load(c)?)
}
