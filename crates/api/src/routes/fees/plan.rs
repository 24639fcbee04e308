//! An enrollment's fee plan from the program's settings: the fee of its cost structure over
//! the cohort's program years, paid as the enrollment's plan says (agency, candidate or both);
//! recomputed from the day of each change of cost structure or payer (paid installments kept);
//! none due after a withdrawal; with the charges approved requests added (extension years, a
//! withdrawal).

use crate::error::ApiError;
use coachfolio_domain::enrollment::CostStructure;
use coachfolio_domain::fees::{self, Account, Charge, Installment, PaidBy, Payers};
use coachfolio_domain::ids::{EnrollmentId, ProgramId};
use coachfolio_domain::settings::RequirementSettings;
use coachfolio_persistence::enrollments::EnrollmentView;
use coachfolio_persistence::fee_plans::{self, ChargeRow, PlanChangeRow};
use coachfolio_persistence::DbConnection;
use time::Date;

/// What plans are computed from beside the settings and the enrollments: the charges and the
/// plan changes of one enrollment or of a whole program (two queries however many).
pub(crate) struct PlanRecords {
    pub charges: Vec<ChargeRow>,
    pub changes: Vec<PlanChangeRow>,
}

impl PlanRecords {
    pub fn load(
        c: &mut DbConnection,
        program_id: ProgramId,
        enrollments: Option<&[EnrollmentId]>,
    ) -> Result<PlanRecords, ApiError> {
        Ok(PlanRecords {
            charges: fee_plans::charges_of(c, program_id, enrollments)?,
            changes: fee_plans::changes_of(c, program_id, enrollments)?,
        })
    }

    pub fn changes_of(&self, id: EnrollmentId) -> impl Iterator<Item = &PlanChangeRow> {
        self.changes.iter().filter(move |c| c.enrollment_id == id)
    }
}

/// The installments of a candidate's plan.
pub(crate) fn installments(s: &RequirementSettings, v: &EnrollmentView, r: &PlanRecords) -> Vec<Installment> {
    let program_fee = |structure: CostStructure, payers: Payers| {
        let total = s.program_fee_cents(structure);
        fees::installments(total, payers, v.cohort_start, v.cohort_years.max(1) as u32, &s.fee_dates())
    };
    let first = r.changes_of(v.row.id).next();
    let mut plan = match first {
        Some(c) => program_fee(c.from_cost_structure, Payers::of(c.from_fee_payer, c.from_candidate_fee_cents)),
        None => program_fee(v.row.cost_structure, Payers::of(v.row.fee_payer, v.row.candidate_fee_cents)),
    };
    for change in r.changes_of(v.row.id) {
        let new = program_fee(change.cost_structure, Payers::of(change.fee_payer, change.candidate_fee_cents));
        let paid = PaidBy { agency: change.paid_agency_cents, candidate: change.paid_candidate_cents };
        plan = fees::replan(&plan, &new, change.effective_on, paid);
    }
    let charges: Vec<Charge> = r
        .charges
        .iter()
        .filter(|c| c.enrollment_id == v.row.id)
        .map(|c| Charge {
            kind: c.kind,
            year: c.program_year.max(1) as u32,
            due_on: c.due_on,
            amount_cents: c.amount_cents,
        })
        .collect();
    fees::with_charges(plan, &charges, v.row.withdrawn_on)
}

/// The plan's standing given what was paid.
pub(crate) fn account(
    s: &RequirementSettings,
    v: &EnrollmentView,
    r: &PlanRecords,
    paid: PaidBy,
    today: Date,
) -> Account {
    fees::account(&installments(s, v, r), paid, today)
}
