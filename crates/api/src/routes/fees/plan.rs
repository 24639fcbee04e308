//! An enrollment's fee plan from the program's settings: the fee of its cost structure over
//! the cohort's program years, paid as the enrollment's plan says (agency or candidate).

use coachfolio_domain::enrollment::CostStructure;
use coachfolio_domain::fees::{self, Account, Installment};
use coachfolio_domain::settings::RequirementSettings;
use coachfolio_persistence::enrollments::EnrollmentView;
use time::Date;

/// The installments of a candidate's plan.
pub(crate) fn installments(s: &RequirementSettings, v: &EnrollmentView) -> Vec<Installment> {
    let total = match v.row.cost_structure {
        CostStructure::ProgramProvidesCoach => s.fee_program_coach_cents,
        CostStructure::DistrictProvidesCoach => s.fee_district_coach_cents,
    };
    fees::installments(total, v.row.fee_payer, v.cohort_start, v.cohort_years.max(1) as u32)
}

/// The plan's standing given what was paid.
pub(crate) fn account(s: &RequirementSettings, v: &EnrollmentView, paid_cents: i64, today: Date) -> Account {
    fees::account(&installments(s, v), paid_cents, today)
}
