//! The hours ledger of candidates and of a program, from the monthly sums the database keeps.

use super::json::{EnrollmentLedger, HoursQuery, HoursRow, HoursTable};
use crate::capabilities::ProgramAccess;
use crate::error::ApiError;
use coachfolio_domain::coaching_log::LogState;
use coachfolio_domain::ids::{EnrollmentId, ProgramId};
use coachfolio_domain::ledger::{ledger, MonthTotal};
use coachfolio_domain::settings::{CountedLogState, RequirementSettings};
use coachfolio_persistence::coaching_logs::MonthSum;
use coachfolio_persistence::enrollments::{self, EnrollmentView};
use coachfolio_persistence::{coaching_logs, programs, DbConnection};
use std::collections::HashMap;
use time::Date;

/// The log states whose hours count under the program's setting.
pub fn counted_states(settings: &RequirementSettings) -> &'static [LogState] {
    match settings.counted_log_state {
        CountedLogState::Submitted => &[LogState::Submitted, LogState::Acknowledged],
        CountedLogState::Acknowledged => &[LogState::Acknowledged],
    }
}

/// Groups the database's monthly sums by enrollment.
pub fn by_enrollment(sums: Vec<MonthSum>) -> HashMap<EnrollmentId, Vec<MonthTotal>> {
    let mut out: HashMap<EnrollmentId, Vec<MonthTotal>> = HashMap::new();
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
        enrollment_id: v.row.id.uuid(),
        counted_state: settings.counted_log_state,
        ledger: ledger(settings, v.cohort_start, v.cohort_years.max(1) as u32, totals, today),
    }
}

/// The program's table in a constant number of queries: settings, enrollments (two), sums.
/// Coordinators and directors see every candidate; a district representative, their district's.
pub fn table(
    c: &mut DbConnection,
    access: &ProgramAccess,
    program_id: ProgramId,
    q: &HoursQuery,
) -> Result<HoursTable, ApiError> {
    let filter = access.report_filter(program_id, q.cohort_id.map(Into::into))?;
    if let Some(y) = q.program_year {
        if !(1..=10).contains(&y) {
            return Err(ApiError::invalid("program_year", "must be between 1 and 10"));
        }
    }
    let program = programs::find(c, program_id)?;
    let settings = program.settings.0;
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
                cohort_id: v.row.cohort_id.uuid(),
                cohort_label: v.cohort_label.clone(),
                status: v.row.status,
                ledger,
            }
        })
        .collect();
    Ok(HoursTable { program_year: q.program_year, as_of: today, rows })
}
