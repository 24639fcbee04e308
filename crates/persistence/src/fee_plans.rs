//! What changes an enrollment's fee plan beyond its settings: charges an approved request adds
//! (an extension year, a withdrawal) and changes of cost structure or payer from a day.

use crate::schema::{fee_charges, fee_plan_changes};
use crate::StoreError;
use coachfolio_domain::enrollment::CostStructure;
use coachfolio_domain::fees::{FeeKind, FeePlan};
use coachfolio_domain::ids::{ChargeId, DistrictId, EnrollmentId, PlanChangeId, ProgramId, RequestId, UserId};
use diesel::prelude::*;
use time::{Date, PrimitiveDateTime};

/// A charge added to an enrollment's fee plan by an approved request.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = fee_charges)]
pub struct ChargeRow {
    pub id: ChargeId,
    pub program_id: ProgramId,
    pub enrollment_id: EnrollmentId,
    pub kind: FeeKind,
    pub program_year: i32,
    pub due_on: Date,
    pub amount_cents: i64,
    pub request_id: RequestId,
    pub created_at: PrimitiveDateTime,
}

pub fn add_charge(c: &mut crate::DbConnection, row: &ChargeRow) -> Result<(), StoreError> {
    diesel::insert_into(fee_charges::table).values(row).execute(c)?;
    Ok(())
}

/// The charges of these enrollments (all of the program's when `None`): one query.
pub fn charges_of(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
) -> Result<Vec<ChargeRow>, StoreError> {
    let mut q = fee_charges::table.filter(fee_charges::program_id.eq(program_id)).into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(fee_charges::enrollment_id.eq_any(ids));
    }
    Ok(q.order(fee_charges::due_on).select(ChargeRow::as_select()).load(c)?)
}

/// A change of cost structure, payer or district from a day, with what had been paid then.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = fee_plan_changes)]
pub struct PlanChangeRow {
    pub id: PlanChangeId,
    pub program_id: ProgramId,
    pub enrollment_id: EnrollmentId,
    pub effective_on: Date,
    pub from_cost_structure: CostStructure,
    pub from_fee_payer: FeePlan,
    pub from_candidate_fee_cents: Option<i64>,
    pub from_district_id: DistrictId,
    pub cost_structure: CostStructure,
    pub fee_payer: FeePlan,
    pub candidate_fee_cents: Option<i64>,
    pub district_id: DistrictId,
    pub paid_agency_cents: i64,
    pub paid_candidate_cents: i64,
    pub note: Option<String>,
    pub recorded_by: UserId,
    pub recorded_at: PrimitiveDateTime,
}

pub fn add_change(c: &mut crate::DbConnection, row: &PlanChangeRow) -> Result<(), StoreError> {
    diesel::insert_into(fee_plan_changes::table).values(row).execute(c)?;
    Ok(())
}

/// The plan changes of these enrollments (all of the program's when `None`), in the order
/// they apply: one query.
pub fn changes_of(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
) -> Result<Vec<PlanChangeRow>, StoreError> {
    let mut q = fee_plan_changes::table.filter(fee_plan_changes::program_id.eq(program_id)).into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(fee_plan_changes::enrollment_id.eq_any(ids));
    }
    Ok(q.order((fee_plan_changes::effective_on, fee_plan_changes::recorded_at))
        .select(PlanChangeRow::as_select())
        .load(c)?)
}
