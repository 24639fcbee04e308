//! The program's view of every candidate's reflection terms and plans, in a constant number
//! of queries whatever the number of candidates (program and its events, enrollments, term
//! summaries, plans).

use super::json::{IlpSummary, ProgramReflectionRow, ProgramReflections, ProgramReflectionsQuery};
use super::record::term_status;
use crate::capabilities::{ProgramAccess, ProgramPermission};
use crate::error::ApiError;
use crate::routes::meeting_counts::counts::ProgramEvents;
use coachfolio_domain::ids::{EnrollmentId, ProgramId};
use coachfolio_domain::ilp::IlpStatus;
use coachfolio_domain::reflection::{self, ReflectionStatus, Term};
use coachfolio_persistence::enrollments::{self};
use coachfolio_persistence::{ilps, reflections, DbConnection};
use std::collections::HashMap;

/// Coordinators and directors see every candidate; a district representative, their district's
/// candidates, whether each term is submitted and how complete, never the ratings.
pub(crate) fn roster(
    c: &mut DbConnection,
    access: &ProgramAccess,
    program_id: ProgramId,
    q: &ProgramReflectionsQuery,
) -> Result<ProgramReflections, ApiError> {
    let filter = access.report_filter(program_id, q.cohort_id.map(Into::into))?;
    let program = ProgramEvents::load(c, program_id)?;
    let today = program.today;
    let mut offered = HashMap::new();
    let (views, _) = enrollments::list(c, &filter, 0, i64::MAX)?;
    let mut terms: HashMap<EnrollmentId, Vec<_>> = HashMap::new();
    for t in reflections::summaries_of_program(c, program_id, None)? {
        terms.entry(t.enrollment_id).or_default().push(t);
    }
    let mut plans: HashMap<EnrollmentId, Vec<_>> = HashMap::new();
    for (e, status, standards) in ilps::summaries_of_program(c, program_id)? {
        plans.entry(e).or_default().push((status, standards.0));
    }
    let ratings_shown = access.allows(ProgramPermission::Oversee);
    let rows = views
        .iter()
        .map(|v| {
            let mine = terms.remove(&v.row.id).unwrap_or_default();
            let years = v.cohort_years.max(1) as u32;
            let placement = (v.row.cohort_id, v.row.district_id);
            let last_meeting = ProgramEvents::final_end_of_year(
                program.offered_to_candidates(placement, &mut offered),
                v.cohort_start,
                years,
            );
            let term_rows = Term::ALL
                .iter()
                .map(|t| {
                    let due = reflection::due_date(*t, v.cohort_start, years, &program.settings, last_meeting);
                    let summary = mine.iter().find(|s| s.term == *t);
                    term_status(*t, due, today, summary.map(|s| (s.status, s.complete_elements, s.submitted_at)))
                })
                .collect();
            let latest = mine
                .iter()
                .filter(|s| s.status == ReflectionStatus::Submitted)
                .max_by_key(|s| s.term)
                .map(|s| s.meets_elements.max(0) as u32);
            let own_plans = plans.remove(&v.row.id).unwrap_or_default();
            let mut addressed = [false; 7];
            for (_, standards) in own_plans.iter().filter(|(s, _)| *s != IlpStatus::Draft) {
                for s in standards.iter().filter(|s| (1..=6).contains(*s)) {
                    addressed[usize::from(*s)] = true;
                }
            }
            ProgramReflectionRow {
                enrollment_id: v.row.id.uuid(),
                candidate: v.candidate.clone(),
                cohort_label: v.cohort_label.clone(),
                status: v.row.status,
                terms: term_rows,
                latest_meets_elements: latest.filter(|_| ratings_shown),
                ilps: IlpSummary {
                    plans: own_plans.len() as u32,
                    active: own_plans.iter().filter(|(s, _)| *s == IlpStatus::Active).count() as u32,
                    completed: own_plans.iter().filter(|(s, _)| *s == IlpStatus::Completed).count() as u32,
                    standards_addressed: addressed.iter().filter(|a| **a).count() as u32,
                },
            }
        })
        .collect();
    Ok(ProgramReflections { as_of: today, element_count: reflection::element_count() as u32, rows })
}
