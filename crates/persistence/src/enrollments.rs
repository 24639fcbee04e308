//! Enrollments and their coach assignments, read as views that carry what screens show
//! (candidate, cohort, district, current coach) in a constant number of queries per page.

use crate::schema::{coach_assignments, cohorts, districts, enrollments, programs, users};
use crate::users::{user_ref, RefTuple, REF_COLUMNS};
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::enrollment::{CostStructure, Employment, EnrollmentStatus, Position};
use coachfolio_domain::fees::FeePlan;
use coachfolio_domain::ids::{AssignmentId, CohortId, DistrictId, EnrollmentId, ProgramId, UserId};
use coachfolio_domain::user::UserRef;
use diesel::prelude::*;
use time::{Date, PrimitiveDateTime};

/// An enrollment as read; a change writes all but its identity (program, candidate) and
/// creation time.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = enrollments, treat_none_as_null = true)]
pub struct EnrollmentRow {
    #[diesel(skip_update)]
    pub id: EnrollmentId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub candidate_id: UserId,
    pub cohort_id: CohortId,
    pub start_date: Date,
    pub status: EnrollmentStatus,
    pub district_id: DistrictId,
    pub position: Position,
    pub employment: Employment,
    pub cost_structure: CostStructure,
    /// Who pays the program fee: the agency (Plan A), the candidate (Plan B) or both (Plan C).
    pub fee_payer: FeePlan,
    /// Plan C: the candidate's part of the program fee (the agency pays the rest).
    pub candidate_fee_cents: Option<i64>,
    /// Years added to the cohort's program years by approved extensions.
    pub extension_years: i32,
    /// The last day of a withdrawn candidate.
    pub withdrawn_on: Option<Date>,
    #[diesel(embed)]
    pub details: EnrollmentDetails,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(EnrollmentRow, enrollments, EnrollmentId);

/// The enrollment form's optional fields.
#[derive(Debug, Clone, Default, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = enrollments, treat_none_as_null = true)]
pub struct EnrollmentDetails {
    pub site: Option<String>,
    pub supervisor_name: Option<String>,
    pub supervisor_email: Option<String>,
    pub credential_number: Option<String>,
    pub credential_issued_on: Option<Date>,
    pub appointment_date: Option<Date>,
    pub agreement_signed_on: Option<Date>,
    pub employment_verified_on: Option<Date>,
}

/// A new enrollment: enrolled, with the form's optional fields empty unless set.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = enrollments)]
pub struct NewEnrollment {
    pub id: EnrollmentId,
    pub program_id: ProgramId,
    pub candidate_id: UserId,
    pub cohort_id: CohortId,
    pub start_date: Date,
    pub status: EnrollmentStatus,
    pub district_id: DistrictId,
    pub position: Position,
    pub employment: Employment,
    pub cost_structure: CostStructure,
    pub fee_payer: FeePlan,
    pub candidate_fee_cents: Option<i64>,
    #[diesel(embed)]
    pub details: EnrollmentDetails,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewEnrollment {
    /// A full-time principal whose coach the program provides, until told otherwise.
    pub fn new(
        program_id: ProgramId,
        candidate_id: UserId,
        cohort_id: CohortId,
        district_id: DistrictId,
        start_date: Date,
    ) -> Self {
        let at = crate::now();
        NewEnrollment {
            id: EnrollmentId::new(),
            program_id,
            candidate_id,
            cohort_id,
            start_date,
            status: EnrollmentStatus::Enrolled,
            district_id,
            position: Position::Principal,
            employment: Employment::FullTime,
            cost_structure: CostStructure::ProgramProvidesCoach,
            fee_payer: FeePlan::Agency,
            candidate_fee_cents: None,
            details: EnrollmentDetails::default(),
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = coach_assignments)]
pub struct AssignmentRow {
    pub id: AssignmentId,
    pub enrollment_id: EnrollmentId,
    pub coach_id: UserId,
    pub start_date: Date,
    pub end_date: Option<Date>,
    pub created_at: PrimitiveDateTime,
}

impl AssignmentRow {
    /// The coach's assignment to the candidate from `start_date`, open-ended.
    pub fn new(enrollment_id: EnrollmentId, coach_id: UserId, start_date: Date) -> AssignmentRow {
        AssignmentRow {
            id: AssignmentId::new(),
            enrollment_id,
            coach_id,
            start_date,
            end_date: None,
            created_at: crate::now(),
        }
    }

    /// Whether the coach was assigned on `day`.
    pub fn covers(&self, day: Date) -> bool {
        self.start_date <= day && self.end_date.is_none_or(|end| day <= end)
    }
}

/// An enrollment with what is shown beside it.
#[derive(Debug, Clone)]
pub struct EnrollmentView {
    pub row: EnrollmentRow,
    pub candidate: UserRef,
    pub cohort_label: String,
    pub cohort_start: Date,
    pub cohort_years: i32,
    pub district_name: String,
    pub current_coach: Option<UserRef>,
    /// The program's time zone, which decides the candidate's "today".
    pub time_zone: String,
}

impl EnrollmentView {
    /// The cohort's program years and the enrollment's extension years (at least one).
    pub fn program_years(&self) -> u32 {
        (self.cohort_years + self.row.extension_years).max(1) as u32
    }
}

/// Which enrollments a list shows.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub program_id: Option<ProgramId>,
    pub cohort_id: Option<CohortId>,
    pub status: Option<EnrollmentStatus>,
    pub district_id: Option<DistrictId>,
    /// Only these districts (a district representative's scope).
    pub district_ids: Option<Vec<DistrictId>>,
    pub candidate_id: Option<UserId>,
    pub ids: Option<Vec<EnrollmentId>>,
}

pub fn insert(c: &mut crate::DbConnection, new: &NewEnrollment) -> Result<EnrollmentRow, StoreError> {
    // `RETURNING` does not build for the multi-backend connection: read the row back.
    diesel::insert_into(enrollments::table).values(new).execute(c)?;
    crate::completion_verifications::insert_empty(c, new.id, new.program_id)?;
    find(c, new.id)
}

pub fn find(c: &mut crate::DbConnection, id: EnrollmentId) -> Result<EnrollmentRow, StoreError> {
    <EnrollmentRow as crate::versioned::Versioned>::find(c, id)
}

pub fn exists_for(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    candidate_id: UserId,
) -> Result<bool, StoreError> {
    Ok(diesel::select(diesel::dsl::exists(
        enrollments::table
            .filter(enrollments::program_id.eq(program_id))
            .filter(enrollments::candidate_id.eq(candidate_id)),
    ))
    .get_result(c)?)
}

type ViewJoin = (EnrollmentRow, RefTuple, String, Date, i32, String, String);

/// A page of enrollments matching `filter`, by candidate name, and the total: two queries for
/// the page and one for the current coaches, whatever its size.
pub fn list(
    c: &mut crate::DbConnection,
    filter: &Filter,
    offset: i64,
    limit: i64,
) -> Result<(Vec<EnrollmentView>, i64), StoreError> {
    let query = || {
        let mut q = enrollments::table
            .inner_join(users::table)
            .inner_join(cohorts::table)
            .inner_join(districts::table)
            .inner_join(programs::table)
            .into_boxed();
        if let Some(v) = &filter.program_id {
            q = q.filter(enrollments::program_id.eq(*v));
        }
        if let Some(v) = &filter.cohort_id {
            q = q.filter(enrollments::cohort_id.eq(*v));
        }
        if let Some(v) = &filter.status {
            q = q.filter(enrollments::status.eq(*v));
        }
        if let Some(v) = &filter.district_id {
            q = q.filter(enrollments::district_id.eq(*v));
        }
        if let Some(v) = &filter.district_ids {
            q = q.filter(enrollments::district_id.eq_any(v.clone()));
        }
        if let Some(v) = &filter.candidate_id {
            q = q.filter(enrollments::candidate_id.eq(*v));
        }
        if let Some(v) = &filter.ids {
            q = q.filter(enrollments::id.eq_any(v.clone()));
        }
        q
    };
    let rows: Vec<ViewJoin> = query()
        .order((users::display_name, enrollments::id))
        .offset(offset)
        .limit(limit)
        .select((
            EnrollmentRow::as_select(),
            REF_COLUMNS,
            cohorts::label,
            cohorts::start_date,
            cohorts::program_years,
            districts::name,
            programs::time_zone,
        ))
        .load(c)?;
    // A page that is not full needs no count (a whole program's list never does).
    let total =
        if offset == 0 && (rows.len() as i64) < limit { rows.len() as i64 } else { query().count().get_result(c)? };
    let coaches: Vec<(EnrollmentId, RefTuple)> = match (&filter.program_id, rows.len() > 50) {
        // Many rows of one program: its current coaches by join, not a long `IN (…)` list.
        (Some(program), true) => coach_assignments::table
            .inner_join(users::table)
            .inner_join(enrollments::table)
            .filter(enrollments::program_id.eq(program))
            .filter(coach_assignments::end_date.is_null())
            .select((coach_assignments::enrollment_id, REF_COLUMNS))
            .load(c)?,
        _ => {
            let ids: Vec<EnrollmentId> = rows.iter().map(|r| r.0.id).collect();
            coach_assignments::table
                .inner_join(users::table)
                .filter(coach_assignments::enrollment_id.eq_any(&ids))
                .filter(coach_assignments::end_date.is_null())
                .select((coach_assignments::enrollment_id, REF_COLUMNS))
                .load(c)?
        }
    };
    let mut coaches: std::collections::HashMap<EnrollmentId, RefTuple> = coaches.into_iter().collect();
    let views = rows
        .into_iter()
        .map(|(row, candidate, cohort_label, cohort_start, cohort_years, district_name, time_zone)| {
            let current_coach = coaches.remove(&row.id).map(user_ref);
            EnrollmentView {
                row,
                candidate: user_ref(candidate),
                cohort_label,
                cohort_start,
                cohort_years,
                district_name,
                current_coach,
                time_zone,
            }
        })
        .collect();
    Ok((views, total))
}

/// An enrollment as lists about its program's end read it: its candidate, status and years.
#[derive(Debug, Clone)]
pub struct Span {
    pub id: EnrollmentId,
    pub candidate: UserRef,
    pub status: EnrollmentStatus,
    pub cohort_start: Date,
    /// The cohort's program years and the enrollment's extension years.
    pub years: u32,
}

/// The enrollments of a program in these cohorts or with these ids (within `districts` when
/// given), by candidate name: one query, without the enrollments' details.
pub fn spans(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    cohort_ids: &[CohortId],
    ids: &[EnrollmentId],
    districts: Option<&[DistrictId]>,
) -> Result<Vec<Span>, StoreError> {
    let mut q = enrollments::table
        .inner_join(users::table)
        .inner_join(cohorts::table)
        .filter(enrollments::program_id.eq(program_id))
        .filter(enrollments::cohort_id.eq_any(cohort_ids).or(enrollments::id.eq_any(ids)))
        .into_boxed();
    if let Some(d) = districts {
        q = q.filter(enrollments::district_id.eq_any(d));
    }
    let rows: Vec<(EnrollmentId, RefTuple, EnrollmentStatus, i32, Date, i32)> = q
        .order((users::display_name, enrollments::id))
        .select((
            enrollments::id,
            REF_COLUMNS,
            enrollments::status,
            enrollments::extension_years,
            cohorts::start_date,
            cohorts::program_years,
        ))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|(id, who, status, extension, cohort_start, cohort_years)| Span {
            id,
            candidate: user_ref(who),
            status,
            cohort_start,
            years: (cohort_years + extension).max(1) as u32,
        })
        .collect())
}

/// One enrollment as a view.
pub fn view(c: &mut crate::DbConnection, id: EnrollmentId) -> Result<EnrollmentView, StoreError> {
    let filter = Filter { ids: Some(vec![id]), ..Default::default() };
    list(c, &filter, 0, 1)?.0.pop().ok_or(StoreError::NotFound)
}

pub fn insert_assignment(c: &mut crate::DbConnection, row: &AssignmentRow) -> Result<(), StoreError> {
    diesel::insert_into(coach_assignments::table).values(row).execute(c)?;
    Ok(())
}

pub fn find_assignment(c: &mut crate::DbConnection, id: AssignmentId) -> Result<AssignmentRow, StoreError> {
    Ok(coach_assignments::table.find(id).select(AssignmentRow::as_select()).get_result(c)?)
}

pub fn end_assignment(c: &mut crate::DbConnection, id: AssignmentId, end: Date) -> Result<bool, StoreError> {
    let n = diesel::update(coach_assignments::table.find(id).filter(coach_assignments::end_date.is_null()))
        .set(coach_assignments::end_date.eq(end))
        .execute(c)?;
    Ok(n == 1)
}

/// An enrollment's coach assignments with the coaches, newest first.
pub fn assignments(
    c: &mut crate::DbConnection,
    enrollment_id: EnrollmentId,
) -> Result<Vec<(AssignmentRow, UserRef)>, StoreError> {
    let query = coach_assignments::table
        .inner_join(users::table)
        .filter(coach_assignments::enrollment_id.eq(enrollment_id))
        .order((coach_assignments::start_date.desc(), coach_assignments::created_at.desc()));
    let rows: Vec<(AssignmentRow, RefTuple)> =
        crate::connection::native!(c, |c| query.select((AssignmentRow::as_select(), REF_COLUMNS)).load(c))?;
    Ok(rows.into_iter().map(|(a, u)| (a, user_ref(u))).collect())
}

/// A coach's assignments (current and former), newest first.
pub fn assignments_of_coach(c: &mut crate::DbConnection, coach_id: UserId) -> Result<Vec<AssignmentRow>, StoreError> {
    Ok(coach_assignments::table
        .filter(coach_assignments::coach_id.eq(coach_id))
        .order(coach_assignments::start_date.desc())
        .select(AssignmentRow::as_select())
        .load(c)?)
}

/// The candidates of a program whom a coach coaches or has coached, or who are employed by one
/// of `districts`: the people a coach or a district representative works with.
pub fn candidates_worked_with(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    coach: UserId,
    districts: &[DistrictId],
) -> Result<Vec<UserId>, StoreError> {
    let coached = coach_assignments::table
        .filter(coach_assignments::enrollment_id.eq(enrollments::id))
        .filter(coach_assignments::coach_id.eq(coach));
    Ok(enrollments::table
        .filter(enrollments::program_id.eq(program_id))
        .filter(diesel::dsl::exists(coached).or(enrollments::district_id.eq_any(districts)))
        .select(enrollments::candidate_id)
        .load(c)?)
}

/// One line per enrollment of a program, for counts.
#[derive(Debug, Clone, Queryable)]
pub struct SummaryLine {
    pub status: EnrollmentStatus,
    pub cohort_id: CohortId,
    pub has_coach: bool,
}

pub fn summary(c: &mut crate::DbConnection, program_id: ProgramId) -> Result<Vec<SummaryLine>, StoreError> {
    let active = coach_assignments::table
        .filter(coach_assignments::enrollment_id.eq(enrollments::id))
        .filter(coach_assignments::end_date.is_null());
    Ok(enrollments::table
        .filter(enrollments::program_id.eq(program_id))
        .select((enrollments::status, enrollments::cohort_id, diesel::dsl::exists(active)))
        .load(c)?)
}

/// A cohort and a district: where an enrollment belongs.
pub type Placement = (CohortId, DistrictId);

/// The cohort and district of `user`'s active enrollments in the program (as a candidate) and
/// of the active enrollments they coach on `day`: who they are for the program's events.
pub fn cohorts_and_districts(
    c: &mut crate::DbConnection,
    user: UserId,
    program_id: ProgramId,
    day: Date,
) -> Result<(Vec<Placement>, Vec<Placement>), StoreError> {
    let active = [EnrollmentStatus::Enrolled, EnrollmentStatus::Extended];
    let own = enrollments::table
        .filter(enrollments::candidate_id.eq(user))
        .filter(enrollments::program_id.eq(program_id))
        .filter(enrollments::status.eq_any(active))
        .select((enrollments::cohort_id, enrollments::district_id))
        .load(c)?;
    let coached = enrollments::table
        .inner_join(coach_assignments::table)
        .filter(coach_assignments::coach_id.eq(user))
        .filter(coach_assignments::start_date.le(day))
        .filter(coach_assignments::end_date.is_null().or(coach_assignments::end_date.ge(day)))
        .filter(enrollments::program_id.eq(program_id))
        .filter(enrollments::status.eq_any(active))
        .select((enrollments::cohort_id, enrollments::district_id))
        .load(c)?;
    Ok((own, coached))
}

/// The cohort and district of every active enrollment of the program coached on `day`, by
/// coach: which cohort's and district's events are for each coach. One query.
pub fn coached_placements(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    day: Date,
) -> Result<Vec<(UserId, Placement)>, StoreError> {
    let active = [EnrollmentStatus::Enrolled, EnrollmentStatus::Extended];
    let rows: Vec<(UserId, CohortId, DistrictId)> = enrollments::table
        .inner_join(coach_assignments::table)
        .filter(coach_assignments::start_date.le(day))
        .filter(coach_assignments::end_date.is_null().or(coach_assignments::end_date.ge(day)))
        .filter(enrollments::program_id.eq(program_id))
        .filter(enrollments::status.eq_any(active))
        .select((coach_assignments::coach_id, enrollments::cohort_id, enrollments::district_id))
        .load(c)?;
    Ok(rows.into_iter().map(|(coach, cohort, district)| (coach, (cohort, district))).collect())
}
