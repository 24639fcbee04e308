//! What the program's staff and its district representatives must do next: the decisions
//! waiting for them (professional learning, requests) and the completion forms asking for their
//! column's confirmations or their signature.

use super::json::ToDo;
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission, ProgramAccess, ProgramPermission, Relation};
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::routes::completion::record::column_of;
use coachfolio_domain::completion::{Signer, Verification};
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::professional_learning::PlStatus;
use coachfolio_domain::program_year::program_end;
use coachfolio_domain::request::RequestStatus;
use coachfolio_domain::to_do::{confirmations_asked, signature_asked, ToDoKind as K, CONFIRM_WINDOW_DAYS};
use coachfolio_persistence::enrollments;
use coachfolio_persistence::professional_learning as pl;
use coachfolio_persistence::{cohorts, completion_verifications, follow_ups, requests, DbConnection};
use std::collections::{BTreeMap, HashMap};
use time::{Date, Duration};

/// The caller's items as the program's staff or a district representative.
pub(super) fn items(
    c: &mut DbConnection,
    me: &CurrentUser,
    access: &ProgramAccess,
    program_id: ProgramId,
    today: Date,
    out: &mut Vec<ToDo>,
) -> Result<(), ApiError> {
    // The records' queues list everyone's; the caller decides those not their own.
    let decides = |candidate, p| EnrollmentAccess::listed(access, me, candidate, Relation::District).allows(p);
    if access.allows(ProgramPermission::ReviewProfessionalLearning) {
        let waiting = pl::of_program(c, program_id, PlStatus::Submitted)?
            .iter()
            .filter(|r| decides(r.candidate_id, EnrollmentPermission::DecideProfessionalLearning))
            .count() as u32;
        if waiting > 0 {
            out.push(ToDo::new(K::ApproveProfessionalLearning, format!("{waiting} submitted")).count(waiting));
        }
    }
    if access.allows(ProgramPermission::HandleRequests) {
        let open: Vec<_> = RequestStatus::ALL.iter().copied().filter(|s| s.is_open()).collect();
        let mut kinds = BTreeMap::new();
        for r in requests::of_program(c, program_id, &open)? {
            if decides(r.candidate_id, EnrollmentPermission::DecideRequest(r.kind.decider())) {
                *kinds.entry(r.kind).or_insert(0u32) += 1;
            }
        }
        let count: u32 = kinds.values().sum();
        if count > 0 {
            let detail: Vec<_> =
                kinds.iter().map(|(kind, n)| format!("{n} {}", kind.to_string().replace('_', " "))).collect();
            out.push(ToDo::new(K::DecideRequests, detail.join(", ")).count(count));
        }
    }
    if access.allows(ProgramPermission::ReviewPortfolios) {
        let open = follow_ups::open_of_program(c, program_id)?.len() as u32;
        if open > 0 {
            out.push(ToDo::new(K::FollowUpsOpen, format!("{open} open")).count(open));
        }
    }
    if access.allows(ProgramPermission::ListCandidates) {
        completion_forms(c, me, access, program_id, today, out)?;
    }
    Ok(())
}

/// How many candidates one kind of item names before the list says only how many there are (a
/// graduating cohort's forms are done from the portfolio review, not from the home).
const NAMED_AT_MOST: usize = 10;

/// The forms of the candidates the caller lists that ask for their column or their signature.
/// Only candidates near their program's end (by cohort) and forms someone has begun can ask.
fn completion_forms(
    c: &mut DbConnection,
    me: &CurrentUser,
    access: &ProgramAccess,
    program_id: ProgramId,
    today: Date,
    out: &mut Vec<ToDo>,
) -> Result<(), ApiError> {
    let begun: HashMap<_, _> = completion_verifications::begun_of_program(c, program_id)?
        .into_iter()
        .map(|r| (r.id, r.verification()))
        .collect();
    // An extension only moves a program's end later: a cohort ending after the window has
    // nobody in it.
    let window = Duration::days(CONFIRM_WINDOW_DAYS);
    let ending: Vec<_> = cohorts::list(c, program_id)?
        .into_iter()
        .filter(|k| program_end(k.start_date, k.program_years.max(1) as u32) - window <= today)
        .map(|k| k.id)
        .collect();
    let filter = access.report_filter(program_id, None)?;
    let ids: Vec<_> = begun.keys().copied().collect();
    let spans = enrollments::spans(c, program_id, &ending, &ids, filter.district_ids.as_deref())?;

    let untouched = Verification::default();
    let (mut confirm, mut sign) = (Vec::new(), Vec::new());
    for v in spans.iter().filter(|v| v.status.is_active() || v.status == EnrollmentStatus::Completed) {
        let form = begun.get(&v.id).unwrap_or(&untouched);
        let relation = EnrollmentAccess::listed(access, me, v.candidate.id.into(), Relation::District);
        let about = |kind, detail: String| ToDo::new(kind, detail).of(v.id.uuid(), Some(&v.candidate));
        let column = column_of(relation);
        if let Some(column) = column {
            let items = confirmations_asked(form, column, program_end(v.cohort_start, v.years), today);
            if !items.is_empty() {
                let count = items.len() as u32;
                confirm.push(
                    about(K::ConfirmCompletion, format!("{count} of the form's items")).count(count).items(items),
                );
            }
        }
        if let Some(signer @ (Signer::DistrictRepresentative | Signer::Coordinator)) = signature_asked(form) {
            if relation.allows(EnrollmentPermission::SignCompletion(signer)) {
                sign.push(about(K::SignCompletion, String::new()));
            }
        }
    }
    for (kind, items) in [(K::ConfirmCompletion, confirm), (K::SignCompletion, sign)] {
        if items.len() > NAMED_AT_MOST {
            let n = items.len() as u32;
            out.push(ToDo::new(kind, format!("{n} candidates")).count(n));
        } else {
            out.extend(items);
        }
    }
    Ok(())
}
