//! Individual Leadership Plans.

use crate::enrollments::EnrollmentRow;
use crate::schema::ilps;
use crate::sql_types::Json;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::ids::{EnrollmentId, IlpId, ProgramId, UserId};
use coachfolio_domain::ilp::{ActionStep, IlpContent, IlpStatus};
use diesel::prelude::*;
use time::{Date, PrimitiveDateTime};

/// A plan as read. A change writes its form, status and who changed it last; the plan's
/// candidate, program, author and creation time never change.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = ilps)]
pub struct IlpRow {
    #[diesel(skip_update)]
    pub id: IlpId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub enrollment_id: EnrollmentId,
    #[diesel(skip_update)]
    pub candidate_id: UserId,
    pub program_year: i32,
    pub status: IlpStatus,
    #[diesel(embed)]
    pub form: IlpForm,
    #[diesel(skip_update)]
    pub created_by: UserId,
    pub updated_by: UserId,
    pub activated_at: Option<PrimitiveDateTime>,
    pub completed_at: Option<PrimitiveDateTime>,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(IlpRow, ilps, IlpId);

/// The handbook's ILP form.
#[derive(Debug, Clone, Default, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = ilps, treat_none_as_null = true)]
pub struct IlpForm {
    pub standards: Json<Vec<u8>>,
    pub elements: Json<Vec<String>>,
    pub focus: String,
    pub smart_goal: String,
    pub steps: Json<Vec<ActionStep>>,
    pub pl_helped: Option<bool>,
    pub pl_explanation: String,
    pub reflective_summary: String,
    /// The form's "date created": set when the plan is started, editable (a plan from paper
    /// keeps its own date).
    pub date_created: Option<Date>,
}

impl IlpForm {
    /// The form as the domain's rules read it.
    pub fn content(&self) -> IlpContent {
        IlpContent {
            standards: self.standards.0.clone(),
            elements: self.elements.0.clone(),
            focus: self.focus.clone(),
            smart_goal: self.smart_goal.clone(),
            steps: self.steps.0.clone(),
            pl_helped: self.pl_helped,
            pl_explanation: self.pl_explanation.clone(),
            reflective_summary: self.reflective_summary.clone(),
        }
    }
}

/// A new plan: an empty draft of `program_year` unless the form and status are given.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = ilps)]
pub struct NewIlp {
    pub id: IlpId,
    pub program_id: ProgramId,
    pub enrollment_id: EnrollmentId,
    pub candidate_id: UserId,
    pub program_year: i32,
    pub status: IlpStatus,
    #[diesel(embed)]
    pub form: IlpForm,
    pub created_by: UserId,
    pub updated_by: UserId,
    pub activated_at: Option<PrimitiveDateTime>,
    pub completed_at: Option<PrimitiveDateTime>,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewIlp {
    /// A new draft dated `today`, the program's date (not the server's: a plan written on a
    /// Californian afternoon is already tomorrow in UTC).
    pub fn draft(enrollment: &EnrollmentRow, by: UserId, program_year: i32, today: Date) -> NewIlp {
        let at = crate::now();
        NewIlp {
            id: IlpId::new(),
            program_id: enrollment.program_id,
            enrollment_id: enrollment.id,
            candidate_id: enrollment.candidate_id,
            program_year,
            status: IlpStatus::Draft,
            form: IlpForm { date_created: Some(today), ..IlpForm::default() },
            created_by: by,
            updated_by: by,
            activated_at: None,
            completed_at: None,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, new: &NewIlp) -> Result<IlpRow, StoreError> {
    // `RETURNING` does not build for the multi-backend connection: read the row back.
    diesel::insert_into(ilps::table).values(new).execute(c)?;
    find(c, new.id)
}

pub fn find(c: &mut crate::DbConnection, id: IlpId) -> Result<IlpRow, StoreError> {
    Ok(ilps::table.find(id).select(IlpRow::as_select()).get_result(c)?)
}

/// An enrollment's plans, by program year, oldest first.
pub fn of_enrollment(c: &mut crate::DbConnection, enrollment_id: EnrollmentId) -> Result<Vec<IlpRow>, StoreError> {
    Ok(ilps::table
        .filter(ilps::enrollment_id.eq(enrollment_id))
        .order((ilps::program_year, ilps::created_at))
        .select(IlpRow::as_select())
        .load(c)?)
}

/// Deletes a draft still at `expected` (and its comments); `false` if it moved on.
pub fn delete_draft(c: &mut crate::DbConnection, id: IlpId, expected: i32) -> Result<bool, StoreError> {
    crate::comments::delete_of(c, "ilp", &id.to_string())?;
    let n = diesel::delete(
        ilps::table.find(id).filter(ilps::version.eq(expected)).filter(ilps::status.eq(IlpStatus::Draft)),
    )
    .execute(c)?;
    Ok(n == 1)
}

/// A plan in brief: its candidate's enrollment, its status, the standards it addresses.
pub type IlpSummary = (EnrollmentId, IlpStatus, Json<Vec<u8>>);

/// Every plan of a program in brief: one query, no plan text.
pub fn summaries_of_program(c: &mut crate::DbConnection, program_id: ProgramId) -> Result<Vec<IlpSummary>, StoreError> {
    Ok(ilps::table
        .filter(ilps::program_id.eq(program_id))
        .select((ilps::enrollment_id, ilps::status, ilps::standards))
        .load(c)?)
}

/// The plans of these enrollments of a program (all of them when `None`): one query.
pub fn of_program(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
) -> Result<Vec<IlpRow>, StoreError> {
    let mut q = ilps::table.filter(ilps::program_id.eq(program_id)).into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(ilps::enrollment_id.eq_any(ids));
    }
    Ok(q.order((ilps::program_year, ilps::created_at)).select(IlpRow::as_select()).load(c)?)
}
