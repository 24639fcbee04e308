//! Each enrollment's Program Completion Verification: the two columns' confirmations and the
//! four signatures. Stored from the enrollment's creation, keyed by its id.

use crate::schema::completion_verifications as cv;
use crate::sql_types::Json;
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::completion::{Confirmation, Signature, Verification};
use coachfolio_domain::ids::{EnrollmentId, ProgramId};
use diesel::prelude::*;
use time::PrimitiveDateTime;

/// A verification as read; a change writes its confirmations and signatures.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = cv)]
pub struct VerificationRow {
    /// The enrollment's id.
    #[diesel(skip_update)]
    pub id: EnrollmentId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    pub confirmations: Json<Vec<Confirmation>>,
    pub signatures: Json<Vec<Signature>>,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(VerificationRow, completion_verifications, EnrollmentId);

impl VerificationRow {
    pub fn verification(&self) -> Verification {
        Verification { confirmations: self.confirmations.0.clone(), signatures: self.signatures.0.clone() }
    }

    pub fn set(&mut self, v: Verification) {
        self.confirmations = Json(v.confirmations);
        self.signatures = Json(v.signatures);
    }
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = cv)]
struct NewVerification {
    id: EnrollmentId,
    program_id: ProgramId,
    confirmations: Json<Vec<Confirmation>>,
    signatures: Json<Vec<Signature>>,
    version: i32,
    created_at: PrimitiveDateTime,
    updated_at: PrimitiveDateTime,
}

/// The empty form of a new enrollment.
pub(crate) fn insert_empty(
    c: &mut crate::DbConnection,
    id: EnrollmentId,
    program_id: ProgramId,
) -> Result<(), StoreError> {
    let at = crate::now();
    let new = NewVerification {
        id,
        program_id,
        confirmations: Json(Vec::new()),
        signatures: Json(Vec::new()),
        version: 1,
        created_at: at,
        updated_at: at,
    };
    diesel::insert_into(cv::table).values(&new).execute(c)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: EnrollmentId) -> Result<VerificationRow, StoreError> {
    <VerificationRow as crate::versioned::Versioned>::find(c, id)
}

/// The forms of these enrollments: one query.
pub fn of_enrollments(c: &mut crate::DbConnection, ids: &[EnrollmentId]) -> Result<Vec<VerificationRow>, StoreError> {
    Ok(cv::table.filter(cv::id.eq_any(ids)).select(VerificationRow::as_select()).load(c)?)
}

/// A program's forms with at least one confirmation (the rest are as new): one query.
pub fn begun_of_program(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
) -> Result<Vec<VerificationRow>, StoreError> {
    Ok(cv::table
        .filter(cv::program_id.eq(program_id))
        .filter(cv::confirmations.ne(Json(Vec::<Confirmation>::new())))
        .select(VerificationRow::as_select())
        .load(c)?)
}
