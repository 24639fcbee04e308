//! Coaching hours on the wire.

use crate::routes::enrollments::json::Enrollment;
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::ledger::Ledger;
use coachfolio_domain::portfolio_review::FlagLine;
use coachfolio_domain::settings::CountedLogState;
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::Date;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// A candidate's ledger.
#[derive(Debug, Serialize, ToSchema)]
pub struct EnrollmentLedger {
    pub enrollment_id: Uuid,
    /// Which logs count: submitted ones, or only those the candidate acknowledged.
    pub counted_state: CountedLogState,
    #[serde(flatten)]
    pub ledger: Ledger,
}

/// One candidate's line of the program hours table.
#[derive(Debug, Serialize, ToSchema)]
pub struct HoursRow {
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub cohort_id: Uuid,
    pub cohort_label: String,
    pub status: EnrollmentStatus,
    pub ledger: EnrollmentLedger,
}

/// The coaching-log part of the Portfolio Calibration sheet.
#[derive(Debug, Serialize, ToSchema)]
pub struct HoursTable {
    /// When set, each ledger holds only this program year.
    pub program_year: Option<u32>,
    /// The program's date (in its time zone) the table was made on.
    pub as_of: Date,
    pub rows: Vec<HoursRow>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct HoursQuery {
    pub cohort_id: Option<Uuid>,
    #[param(minimum = 1, maximum = 10)]
    pub program_year: Option<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CaseloadEntry {
    pub enrollment: Enrollment,
    pub ledger: EnrollmentLedger,
    /// What to follow up with the candidate (the coordinator's portfolio review's flags that
    /// a coach may read: never fees or requests).
    pub follow_ups: Vec<FlagLine>,
}
