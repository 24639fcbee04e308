//! Fees on the wire. Money is integer cents.

use coachfolio_domain::enrollment::{CostStructure, EnrollmentStatus};
use coachfolio_domain::fees::{Account, FeePayer, FeePlan, PaymentMethod};
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct Payment {
    pub id: Uuid,
    pub enrollment_id: Uuid,
    pub paid_on: Date,
    pub payer: FeePayer,
    /// Negative for a reversal.
    pub amount_cents: i64,
    pub method: PaymentMethod,
    pub reference: Option<String>,
    /// The payment this entry reverses.
    pub reverses_id: Option<Uuid>,
    /// Why it was reversed (on a reversal).
    pub note: Option<String>,
    /// A later entry reverses this one.
    pub reversed: bool,
    pub recorded_by: UserRef,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
}

/// A candidate's fees: the plan, its installments with what was paid toward each, the
/// payments, the balance and what is overdue.
#[derive(Debug, Serialize, ToSchema)]
pub struct EnrollmentFees {
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub as_of: Date,
    pub cost_structure: CostStructure,
    /// Who pays: the agency (Plan A), the candidate (Plan B) or both (Plan C, "split").
    pub payer: FeePlan,
    /// Plan C: the candidate's part of the program fee; the agency pays the rest.
    pub candidate_fee_cents: Option<i64>,
    /// The plan's program years (the program's, more when extended).
    pub years: u32,
    pub account: Account,
    pub payments: Vec<Payment>,
    /// Changes of cost structure, payer or district from a day, in the order they apply.
    pub plan_changes: Vec<PlanChange>,
    pub can: FeeActions,
}

/// A change of cost structure, payer or district from a day: installments due before it, or
/// paid when it was recorded, stay as they were; the rest follow the new plan.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanChange {
    pub effective_on: Date,
    pub from_cost_structure: CostStructure,
    pub cost_structure: CostStructure,
    pub from_payer: FeePlan,
    pub from_candidate_fee_cents: Option<i64>,
    pub payer: FeePlan,
    pub candidate_fee_cents: Option<i64>,
    pub from_district_name: String,
    pub district_name: String,
    /// What had been paid when it was recorded.
    pub paid_cents: i64,
    pub note: Option<String>,
    pub recorded_by: UserRef,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
}

/// A change of the plan from a day (the candidate moved to another district, which does or
/// does not provide the coach). Fields left out keep their value; something must change.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPlanChange {
    pub effective_on: Date,
    pub cost_structure: Option<CostStructure>,
    pub payer: Option<FeePlan>,
    /// A split plan's (Plan C) candidate part of the new program fee; a plan that stays split
    /// keeps its part when left out.
    #[schema(minimum = 1, example = 200000)]
    pub candidate_fee_cents: Option<i64>,
    /// The candidate's new district.
    pub district_id: Option<Uuid>,
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct FeeActions {
    /// Record or reverse a payment, change the plan from a day (the program's coordinators).
    pub record_payment: bool,
}

/// A payment to record.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPayment {
    pub paid_on: Date,
    pub payer: FeePayer,
    /// Whole cents, more than zero (a check of $1,750.00 is 175000).
    #[schema(minimum = 1, maximum = 100_000_000, example = 175000)]
    pub amount_cents: i64,
    pub method: PaymentMethod,
    /// The check or purchase order number.
    #[schema(max_length = 120)]
    pub reference: Option<String>,
}

/// Why a payment is reversed.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentReversal {
    #[schema(min_length = 1, max_length = 500, example = "Check returned by the bank")]
    pub reason: String,
}

/// One candidate's line of the program's receivables.
#[derive(Debug, Serialize, ToSchema)]
pub struct Receivable {
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub cohort_label: String,
    pub district_name: String,
    pub status: EnrollmentStatus,
    pub cost_structure: CostStructure,
    pub payer: FeePlan,
    pub total_cents: i64,
    pub paid_cents: i64,
    pub balance_cents: i64,
    pub overdue_cents: i64,
    /// The agency's share left to pay (what the district representative answers for).
    pub agency_balance_cents: i64,
    /// The candidate's share left to pay (Plan B, their part of Plan C, extension and
    /// withdrawal fees).
    pub candidate_balance_cents: i64,
    /// The next installment not fully paid.
    pub next_due_on: Option<Date>,
}

/// Who owes what, overdue first (then the largest balance).
#[derive(Debug, Serialize, ToSchema)]
pub struct Receivables {
    pub as_of: Date,
    pub rows: Vec<Receivable>,
    pub total_balance_cents: i64,
    pub total_overdue_cents: i64,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReceivablesQuery {
    pub cohort_id: Option<Uuid>,
}
