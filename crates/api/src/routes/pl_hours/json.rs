//! Professional-learning hours on the wire.

use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::professional_learning::{PlLedger, PlSource};
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::Date;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// One amount behind the ledger.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlLine {
    pub source: PlSource,
    /// The event, the alternative professional learning or the Application to Practice.
    pub record_id: Uuid,
    pub title: String,
    pub on: Date,
    pub minutes: u32,
    /// Waiting for approval (or the Application to Practice for its submission): not counted.
    pub pending: bool,
}

/// A candidate's professional-learning hours and what they come from.
#[derive(Debug, Serialize, ToSchema)]
pub struct EnrollmentPlHours {
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub as_of: Date,
    pub ledger: PlLedger,
    /// Earliest first.
    pub lines: Vec<PlLine>,
    /// A job shadow or school visit summary is submitted (the program's requirement, beside
    /// professional learning on the handbook's calibration sheet).
    pub job_shadow_or_visit_done: bool,
}

/// One candidate's line of the program's table.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlHoursRow {
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub cohort_id: Uuid,
    pub cohort_label: String,
    pub district_name: String,
    pub status: EnrollmentStatus,
    pub ledger: PlLedger,
    pub job_shadow_or_visit_done: bool,
}

/// The program's professional-learning hours: every candidate (a district representative:
/// their district's).
#[derive(Debug, Serialize, ToSchema)]
pub struct PlHoursTable {
    pub as_of: Date,
    pub rows: Vec<PlHoursRow>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PlHoursQuery {
    pub cohort_id: Option<Uuid>,
}
