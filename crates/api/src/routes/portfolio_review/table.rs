use super::json::{ItemStateLine, PortfolioReview, ReviewQuery, ReviewRow, ReviewSort};
use crate::capabilities::{ProgramAccess, ProgramPermission};
use crate::error::ApiError;
use crate::routes::completion::facts::{Computed, Records};
use coachfolio_domain::completion::{check, CompletionItem, ItemCheck, ItemState};
use coachfolio_domain::ids::{EnrollmentId, ProgramId};
use coachfolio_domain::portfolio_review::{flags, FlagLine, ReviewFacts};
use coachfolio_domain::program_year::{program_end, program_year};
use coachfolio_persistence::enrollments::EnrollmentView;
use coachfolio_persistence::{enrollments, follow_ups, requests, DbConnection};
use std::collections::HashMap;
use time::Duration;

/// The review as `access` may see it, in a constant number of queries however many candidates.
pub(crate) fn build(
    c: &mut DbConnection,
    access: &ProgramAccess,
    program_id: ProgramId,
    q: &ReviewQuery,
) -> Result<PortfolioReview, ApiError> {
    access.require(ProgramPermission::ReviewPortfolios)?;
    let mut filter = access.report_filter(program_id, q.cohort_id.map(Into::into))?;
    filter.district_id = q.district_id.map(Into::into);
    let (views, _) = enrollments::list(c, &filter, 0, i64::MAX)?;
    let views: Vec<_> = views
        .into_iter()
        .filter(|v| v.row.status.is_active())
        .filter(|v| q.coach_id.is_none_or(|coach| v.current_coach.as_ref().is_some_and(|u| u.id == coach)))
        .collect();
    let records = Records::load(c, program_id, None)?;
    let mut open: HashMap<EnrollmentId, u32> = HashMap::new();
    for id in requests::open_of(c, program_id, None)? {
        *open.entry(id).or_default() += 1;
    }
    let mut contacted: HashMap<EnrollmentId, u32> = HashMap::new();
    for id in follow_ups::open_of_program(c, program_id)? {
        *contacted.entry(id).or_default() += 1;
    }
    let today = records.program().today;
    let reads = Reads { fees: true, requests: true };
    let mut rows: Vec<ReviewRow> = views
        .iter()
        .map(|v| {
            let review = review_of(&records, v, open.get(&v.row.id).copied().unwrap_or(0), reads);
            let form: Vec<ItemStateLine> = review
                .checks
                .iter()
                .filter(|c| c.on_the_form)
                .map(|c| ItemStateLine { item: c.item, state: c.state })
                .collect();
            ReviewRow {
                enrollment_id: v.row.id.uuid(),
                candidate: v.candidate.clone(),
                cohort_id: v.row.cohort_id.uuid(),
                cohort_label: v.cohort_label.clone(),
                district_id: v.row.district_id.uuid(),
                district_name: v.district_name.clone(),
                coach: v.current_coach.clone(),
                status: v.row.status,
                program_year: review.year,
                flags: review.flags,
                open_follow_ups: contacted.get(&v.row.id).copied().unwrap_or(0),
                items_met: form.iter().filter(|i| i.state == ItemState::Met).count() as u32,
                items: form,
            }
        })
        .filter(|r| q.flag.is_none_or(|f| r.flags.iter().any(|l| l.flag == f)))
        .collect();
    match q.sort.unwrap_or_default() {
        ReviewSort::Candidate => {}
        ReviewSort::Flags => rows.sort_by_key(|r| std::cmp::Reverse(r.flags.len())),
        ReviewSort::Completion => rows.sort_by_key(|r| r.items_met),
    }
    Ok(PortfolioReview { as_of: today, rows })
}

/// What a reader of the follow-ups may see beside the records' own: the fees (not a coach), the
/// requests (the program's staff).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reads {
    pub fees: bool,
    pub requests: bool,
}

/// One candidate's completion items and follow-ups, as `reads` allows.
pub(crate) struct Review {
    pub checks: Vec<ItemCheck>,
    pub flags: Vec<FlagLine>,
    pub year: Option<u32>,
    /// The facts and ledgers they were computed from.
    pub computed: Computed,
}

pub(crate) fn review_of(records: &Records, v: &EnrollmentView, open_requests: u32, reads: Reads) -> Review {
    let program = records.program();
    let today = program.today;
    let computed = records.facts(v);
    let checks = check(&computed.facts);
    let years = v.program_years();
    let year = program_year(v.cohort_start, today).filter(|y| *y <= years).map(|y| (y, program_end(v.cohort_start, y)));
    let readable: Vec<ItemCheck> =
        checks.iter().filter(|c| reads.fees || c.item != CompletionItem::FeesPaid).cloned().collect();
    let agreement_days = Duration::days(program.settings.agreement_days_after_orientation.into());
    let facts = ReviewFacts {
        today,
        year,
        program_years: years,
        checks: &readable,
        reflections: &computed.facts.reflections,
        plans: records.plans_of(v.row.id).iter().map(|p| (p.program_year.max(1) as u32, p.status)).collect(),
        hours: &computed.hours,
        overdue_cents: if reads.fees { computed.fees.overdue_cents } else { 0 },
        agreement_signed: v.row.details.agreement_signed_on.is_some(),
        agreement_due: v.cohort_start + agreement_days,
        job_shadow_or_visit_done: computed.facts.job_shadow_or_visit_done,
        open_requests: if reads.requests { open_requests } else { 0 },
    };
    let flags = flags(&facts);
    Review { flags, checks, year: year.map(|(y, _)| y), computed }
}
