//! Job shadows and Distinguished School / WASC visits.

use crate::schema::job_shadows_and_visits as js;
use crate::sql_types::Json;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::ids::{EnrollmentId, ExperienceId, ProgramId, UserId};
use coachfolio_domain::job_shadow::{ExperienceForm, ExperienceKind, ExperienceStatus};
use diesel::prelude::*;
use time::{Date, PrimitiveDateTime};

/// A job shadow or visit as read; a change writes its date, time, form and status.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = js, treat_none_as_null = true)]
pub struct ExperienceRow {
    #[diesel(skip_update)]
    pub id: ExperienceId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub enrollment_id: EnrollmentId,
    #[diesel(skip_update)]
    pub candidate_id: UserId,
    #[diesel(skip_update)]
    pub kind: ExperienceKind,
    pub activity_date: Date,
    pub minutes: Option<i32>,
    pub form: Json<ExperienceForm>,
    pub status: ExperienceStatus,
    pub submitted_at: Option<PrimitiveDateTime>,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(ExperienceRow, job_shadows_and_visits, ExperienceId);

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = js)]
pub struct NewExperience {
    pub id: ExperienceId,
    pub program_id: ProgramId,
    pub enrollment_id: EnrollmentId,
    pub candidate_id: UserId,
    pub kind: ExperienceKind,
    pub activity_date: Date,
    pub minutes: Option<i32>,
    pub form: Json<ExperienceForm>,
    pub status: ExperienceStatus,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewExperience {
    pub fn draft(
        e: &crate::enrollments::EnrollmentRow,
        kind: ExperienceKind,
        activity_date: Date,
        minutes: Option<i32>,
        form: ExperienceForm,
    ) -> NewExperience {
        let at = crate::now();
        NewExperience {
            id: ExperienceId::new(),
            program_id: e.program_id,
            enrollment_id: e.id,
            candidate_id: e.candidate_id,
            kind,
            activity_date,
            minutes,
            form: Json(form),
            status: ExperienceStatus::Draft,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, new: &NewExperience) -> Result<ExperienceRow, StoreError> {
    diesel::insert_into(js::table).values(new).execute(c)?;
    find(c, new.id)
}

pub fn find(c: &mut crate::DbConnection, id: ExperienceId) -> Result<ExperienceRow, StoreError> {
    Ok(js::table.find(id).select(ExperienceRow::as_select()).get_result(c)?)
}

/// An enrollment's job shadows and visits, latest first.
pub fn of_enrollment(c: &mut crate::DbConnection, id: EnrollmentId) -> Result<Vec<ExperienceRow>, StoreError> {
    Ok(js::table
        .filter(js::enrollment_id.eq(id))
        .order((js::activity_date.desc(), js::created_at.desc()))
        .select(ExperienceRow::as_select())
        .load(c)?)
}

/// Which of these enrollments have a submitted job shadow or visit (the requirement met).
pub fn submitted_among(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
) -> Result<Vec<EnrollmentId>, StoreError> {
    let mut q =
        js::table.filter(js::program_id.eq(program_id)).filter(js::status.eq(ExperienceStatus::Submitted)).into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(js::enrollment_id.eq_any(ids));
    }
    Ok(q.select(js::enrollment_id).distinct().load(c)?)
}
