//! The hours ledger over the API: a candidate's, a coach's caseload, the program's table.

pub mod caseload;
pub mod enrollment;
pub mod export;
pub mod table;

use crate::error::ApiError;
use crate::policy::ProgramAccess;
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::ledger::{ledger, Ledger, MonthTotal};
use coachfolio_domain::role::Role;
use coachfolio_domain::settings::{CountedLogState, RequirementSettings};
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::coaching_logs::MonthSum;
use coachfolio_persistence::enrollments::{self, EnrollmentView, Filter};
use coachfolio_persistence::{coaching_logs, programs, DbConnection};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
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

/// The log states whose hours count under the program's setting.
pub fn counted_states(settings: &RequirementSettings) -> &'static [&'static str] {
    match settings.counted_log_state {
        CountedLogState::Submitted => &["submitted", "acknowledged"],
        CountedLogState::Acknowledged => &["acknowledged"],
    }
}

/// Groups the database's monthly sums by enrollment.
pub fn by_enrollment(sums: Vec<MonthSum>) -> HashMap<String, Vec<MonthTotal>> {
    let mut out: HashMap<String, Vec<MonthTotal>> = HashMap::new();
    for s in sums {
        out.entry(s.enrollment_id).or_default().push(MonthTotal {
            month: s.month,
            minutes: s.minutes.max(0) as u32,
            face_to_face_minutes: s.face_to_face_minutes.max(0) as u32,
            sessions: s.sessions.max(0) as u32,
        });
    }
    out
}

/// `today` is the program's date (`crate::clock::today_in`), read once per request.
pub fn build(
    settings: &RequirementSettings,
    v: &EnrollmentView,
    totals: &[MonthTotal],
    today: Date,
) -> EnrollmentLedger {
    EnrollmentLedger {
        enrollment_id: v.row.id.parse().unwrap_or_default(),
        counted_state: settings.counted_log_state,
        ledger: ledger(settings, v.cohort_start, v.cohort_years.max(1) as u32, totals, today),
    }
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

/// The program's table in a constant number of queries: settings, enrollments (two), sums.
/// Coordinators and directors see every candidate; a district representative, their district's.
pub fn table(
    c: &mut DbConnection,
    access: &ProgramAccess,
    program_id: &str,
    q: &HoursQuery,
) -> Result<HoursTable, ApiError> {
    access.require_member()?;
    let mut filter = Filter {
        program_id: Some(program_id.into()),
        cohort_id: q.cohort_id.map(|v| v.to_string()),
        ..Default::default()
    };
    if !access.can_oversee() {
        if !access.has(Role::DistrictRepresentative) {
            return Err(ApiError::Forbidden(
                "only program staff and district representatives see the hours table".into(),
            ));
        }
        filter.district_ids = Some(access.districts.clone());
    }
    if let Some(y) = q.program_year {
        if !(1..=10).contains(&y) {
            return Err(ApiError::invalid("program_year", "must be between 1 and 10"));
        }
    }
    let program = programs::find(c, program_id)?;
    let settings = program.settings()?;
    // One date for every line and for `as_of`, even if the table is built across midnight.
    let today = crate::clock::today_in(&program.time_zone);
    let (views, _) = enrollments::list(c, &filter, 0, i64::MAX)?;
    let mut sums = by_enrollment(coaching_logs::month_sums_of_program(c, program_id, counted_states(&settings))?);
    let rows = views
        .iter()
        .map(|v| {
            let mut ledger = build(&settings, v, &sums.remove(&v.row.id).unwrap_or_default(), today);
            if let Some(y) = q.program_year {
                ledger.ledger.years.retain(|year| year.year == y);
            }
            HoursRow {
                enrollment_id: ledger.enrollment_id,
                candidate: v.candidate.clone(),
                cohort_id: v.row.cohort_id.parse().unwrap_or_default(),
                cohort_label: v.cohort_label.clone(),
                status: EnrollmentStatus::parse(&v.row.status).unwrap_or(EnrollmentStatus::Enrolled),
                ledger,
            }
        })
        .collect();
    Ok(HoursTable { program_year: q.program_year, as_of: today, rows })
}
