//! Payments toward program fees: written once, never changed (a reversal is a new entry).

use crate::schema::payments;
use crate::StoreError;
use coachfolio_domain::fees::{FeePayer, PaidBy, PaymentMethod};
use coachfolio_domain::ids::{EnrollmentId, PaymentId, ProgramId, UserId};
use diesel::prelude::*;
use time::{Date, PrimitiveDateTime};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = payments)]
pub struct PaymentRow {
    pub id: PaymentId,
    pub program_id: ProgramId,
    pub enrollment_id: EnrollmentId,
    pub paid_on: Date,
    pub payer: FeePayer,
    /// Negative for a reversal.
    pub amount_cents: i64,
    pub method: PaymentMethod,
    pub reference: Option<String>,
    /// The payment this entry reverses.
    pub reverses_id: Option<PaymentId>,
    pub note: Option<String>,
    pub recorded_by: UserId,
    pub recorded_at: PrimitiveDateTime,
}

pub fn insert(c: &mut crate::DbConnection, row: &PaymentRow) -> Result<(), StoreError> {
    diesel::insert_into(payments::table).values(row).execute(c)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: PaymentId) -> Result<PaymentRow, StoreError> {
    Ok(payments::table.find(id).select(PaymentRow::as_select()).get_result(c)?)
}

/// Whether a payment has been reversed already.
pub fn is_reversed(c: &mut crate::DbConnection, id: PaymentId) -> Result<bool, StoreError> {
    let n: i64 = payments::table.filter(payments::reverses_id.eq(id)).count().get_result(c)?;
    Ok(n > 0)
}

/// An enrollment's payments and reversals, in the order they were paid.
pub fn of_enrollment(c: &mut crate::DbConnection, id: EnrollmentId) -> Result<Vec<PaymentRow>, StoreError> {
    Ok(payments::table
        .filter(payments::enrollment_id.eq(id))
        .order((payments::paid_on, payments::recorded_at))
        .select(PaymentRow::as_select())
        .load(c)?)
}

/// What each enrollment of a program (of these, or all when `None`) has paid, by payer, net
/// of reversals: one query.
pub fn totals_of_program(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
) -> Result<Vec<(EnrollmentId, PaidBy)>, StoreError> {
    let mut q = payments::table.filter(payments::program_id.eq(program_id)).into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(payments::enrollment_id.eq_any(ids));
    }
    // Summed here: SQL's SUM of a BIGINT is NUMERIC on PostgreSQL, another type per backend.
    let rows: Vec<(EnrollmentId, FeePayer, i64)> =
        q.select((payments::enrollment_id, payments::payer, payments::amount_cents)).load(c)?;
    let mut totals: std::collections::HashMap<EnrollmentId, PaidBy> = std::collections::HashMap::new();
    for (e, payer, cents) in rows {
        totals.entry(e).or_default().add(payer, cents);
    }
    Ok(totals.into_iter().collect())
}

/// What the payments add up to, by payer.
pub fn paid_by(rows: &[PaymentRow]) -> PaidBy {
    let mut paid = PaidBy::default();
    for p in rows {
        paid.add(p.payer, p.amount_cents);
    }
    paid
}
