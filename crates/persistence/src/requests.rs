//! Requests (the handbook's five forms) and the charges an approved one adds to a fee plan.

use crate::schema::requests;
use crate::sql_types::Json;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::doctoral_waiver::WaivedPl;
use coachfolio_domain::ids::{EnrollmentId, ProgramId, RequestId, UserId};
use coachfolio_domain::request::{Decision, RequestForm, RequestKind, RequestStatus};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use time::{OffsetDateTime, PrimitiveDateTime};

/// One step of a request's flow: the status it reached, who took it, when, and their note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepRow {
    pub status: RequestStatus,
    pub by: UserId,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub note: Option<String>,
}

/// A request as read; a change writes its status, decision and steps.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = requests, treat_none_as_null = true)]
pub struct RequestRow {
    #[diesel(skip_update)]
    pub id: RequestId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub enrollment_id: EnrollmentId,
    #[diesel(skip_update)]
    pub candidate_id: UserId,
    #[diesel(skip_update)]
    pub kind: RequestKind,
    #[diesel(skip_update)]
    pub form: Json<RequestForm>,
    pub status: RequestStatus,
    pub decision: Option<Json<Decision>>,
    pub steps: Json<Vec<StepRow>>,
    #[diesel(skip_update)]
    pub submitted_by: UserId,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(RequestRow, requests, RequestId);

impl RequestRow {
    /// Moves it to `status`, keeping the step.
    pub fn step(&mut self, status: RequestStatus, by: UserId, note: Option<String>) {
        self.status = status;
        self.steps.0.push(StepRow { status, by, at: crate::now().assume_utc(), note });
    }
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = requests)]
pub struct NewRequest {
    pub id: RequestId,
    pub program_id: ProgramId,
    pub enrollment_id: EnrollmentId,
    pub candidate_id: UserId,
    pub kind: RequestKind,
    pub form: Json<RequestForm>,
    pub status: RequestStatus,
    pub steps: Json<Vec<StepRow>>,
    pub submitted_by: UserId,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewRequest {
    /// A request submitted by `by` for the candidate of an enrollment.
    pub fn submitted(e: &crate::enrollments::EnrollmentRow, form: RequestForm, by: UserId) -> NewRequest {
        let at = crate::now();
        NewRequest {
            id: RequestId::new(),
            program_id: e.program_id,
            enrollment_id: e.id,
            candidate_id: e.candidate_id,
            kind: form.kind(),
            form: Json(form),
            status: RequestStatus::Submitted,
            steps: Json(vec![StepRow { status: RequestStatus::Submitted, by, at: at.assume_utc(), note: None }]),
            submitted_by: by,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

/// Stores a new request; `Ok(false)` when the enrollment already has an open one of its kind
/// (the unique index decides, so two racing submissions cannot both land).
pub fn insert(c: &mut crate::DbConnection, new: &NewRequest) -> Result<bool, StoreError> {
    match diesel::insert_into(requests::table).values(new).execute(c) {
        Ok(_) => Ok(true),
        Err(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

pub fn find(c: &mut crate::DbConnection, id: RequestId) -> Result<RequestRow, StoreError> {
    Ok(requests::table.find(id).select(RequestRow::as_select()).get_result(c)?)
}

/// The kinds of these requests: what decides who reads their documents.
pub fn kinds_of(c: &mut crate::DbConnection, ids: &[RequestId]) -> Result<Vec<(RequestId, RequestKind)>, StoreError> {
    Ok(requests::table.filter(requests::id.eq_any(ids)).select((requests::id, requests::kind)).load(c)?)
}

/// An enrollment's requests, latest first.
pub fn of_enrollment(c: &mut crate::DbConnection, id: EnrollmentId) -> Result<Vec<RequestRow>, StoreError> {
    Ok(requests::table
        .filter(requests::enrollment_id.eq(id))
        .order(requests::created_at.desc())
        .select(RequestRow::as_select())
        .load(c)?)
}

/// A program's requests in these statuses, oldest first (the queue).
pub fn of_program(
    c: &mut crate::DbConnection,
    id: ProgramId,
    statuses: &[RequestStatus],
) -> Result<Vec<RequestRow>, StoreError> {
    Ok(requests::table
        .filter(requests::program_id.eq(id))
        .filter(requests::status.eq_any(statuses))
        .order(requests::created_at)
        .select(RequestRow::as_select())
        .load(c)?)
}

/// The enrollments (one line per request) of these enrollments of a program (all of them when
/// `None`) with a request still waiting for a decision: one query.
pub fn open_of(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
) -> Result<Vec<EnrollmentId>, StoreError> {
    let open: Vec<RequestStatus> = RequestStatus::ALL.iter().copied().filter(|s| s.is_open()).collect();
    let mut q =
        requests::table.filter(requests::program_id.eq(program_id)).filter(requests::status.eq_any(open)).into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(requests::enrollment_id.eq_any(ids));
    }
    Ok(q.select(requests::enrollment_id).load(c)?)
}

/// The professional-learning activities approved doctoral waivers waive, by enrollment, of
/// these enrollments of a program (all of them when `None`): one query.
pub fn waived_pl_of(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
) -> Result<Vec<(EnrollmentId, Vec<WaivedPl>)>, StoreError> {
    let mut q = requests::table
        .filter(requests::program_id.eq(program_id))
        .filter(requests::kind.eq(RequestKind::DoctoralWaiver))
        .filter(requests::status.eq_any([RequestStatus::Approved, RequestStatus::Done]))
        .into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(requests::enrollment_id.eq_any(ids));
    }
    let rows: Vec<(EnrollmentId, Option<Json<Decision>>)> =
        q.order(requests::created_at).select((requests::enrollment_id, requests::decision)).load(c)?;
    // A request closed after a denial is done too: only an approval waives.
    Ok(rows
        .into_iter()
        .filter_map(|(id, d)| d.map(|d| d.0).filter(|d| d.approved).map(|d| (id, d.waived_pl)))
        .collect())
}
