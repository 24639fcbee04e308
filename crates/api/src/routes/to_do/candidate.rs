//! What a candidate must do next on their own enrollment.

use super::json::ToDo;
use super::theirs::{meeting_of, Theirs};
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::routes::portfolio_review::table::{review_of, Reads};
use coachfolio_domain::annual_review::Reviewer;
use coachfolio_domain::coaching_log::LogState;
use coachfolio_domain::completion::{ItemState, Signer};
use coachfolio_domain::fees::InstallmentStatus;
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::ilp::IlpStatus;
use coachfolio_domain::to_do::{asks, signature_asked, steps_due, ToDoKind as K};
use coachfolio_persistence::enrollments::Filter;
use coachfolio_persistence::{events, follow_ups, DbConnection};

/// The caller's items as a candidate of `program_id`, for each of their active enrollments.
pub(super) fn items(
    c: &mut DbConnection,
    me: &CurrentUser,
    program_id: ProgramId,
    out: &mut Vec<ToDo>,
) -> Result<(), ApiError> {
    let filter = Filter { program_id: Some(program_id), candidate_id: Some(me.id()), ..Default::default() };
    let Some(theirs) = Theirs::load(c, program_id, &filter)? else {
        return Ok(());
    };
    let Theirs { views, records, logs, forms, .. } = &theirs;
    let program = records.program();
    let today = program.today;
    let meetings: Vec<_> = views
        .iter()
        .flat_map(|v| program.required_ahead((v.row.cohort_id, v.row.district_id), today).map(move |e| (v, e)))
        .filter(|(_, e)| asks(e.form.starts_at.date(), today))
        .collect();
    let event_ids: Vec<_> = meetings.iter().map(|(_, e)| e.id).collect();
    let registered: Vec<_> = events::registrations_of_user(c, me.id(), &event_ids)?
        .into_iter()
        .filter(|r| r.state.is_open())
        .map(|r| r.event_id)
        .collect();
    let ids: Vec<_> = views.iter().map(|v| v.row.id).collect();
    let follow_ups = follow_ups::open_of_enrollments(c, &ids)?;

    for v in views {
        let id = v.row.id;
        let mine = |kind, detail: String| ToDo::new(kind, detail).of(id.uuid(), None);
        for l in logs.iter().filter(|l| l.enrollment_id == id && l.state == LogState::Submitted) {
            out.push(mine(K::AcknowledgeLog, meeting_of(l)).record(l.id.uuid()));
        }
        let review = review_of(records, v, 0, Reads { fees: true, requests: false });
        let facts = &review.computed.facts;
        for t in facts.reflections.iter().filter(|t| !t.submitted && asks(t.due_on, today)) {
            out.push(mine(K::ReflectionDue, format!("{} reflection", t.term)).due(t.due_on, today));
        }
        for (n, plan) in records.plans_of(id).iter().enumerate().filter(|(_, p)| p.status == IlpStatus::Active) {
            if let Some((count, earliest)) = steps_due(&plan.form.steps.0, today) {
                let detail = format!("ILP {} (year {})", n + 1, plan.program_year);
                out.push(mine(K::IlpStepsDue, detail).record(plan.id.uuid()).due(earliest, today).count(count));
            }
        }
        if !facts.application_to_practice_submitted && asks(facts.year_one_ends, today) {
            out.push(mine(K::ApplicationToPractice, "due at the end of year 1".into()).due(facts.year_one_ends, today));
        }
        for (_, e) in meetings.iter().filter(|(m, e)| m.row.id == id && !registered.contains(&e.id)) {
            let item = mine(K::RegisterForEvent, e.form.title.clone()).record(e.id.uuid());
            out.push(item.due(e.form.starts_at.date(), today));
        }
        let unpaid: Vec<_> = review
            .computed
            .fees
            .installments
            .iter()
            .filter(|l| l.status != InstallmentStatus::Paid && asks(l.installment.due_on, today))
            .collect();
        if let Some(first) = unpaid.iter().map(|l| l.installment.due_on).min() {
            let cents: i64 = unpaid.iter().map(|l| l.installment.amount_cents - l.paid_cents).sum();
            let detail = format!("${}.{:02}", cents / 100, cents % 100);
            out.push(mine(K::InstallmentsDue, detail).due(first, today).count(unpaid.len() as u32));
        }
        theirs.shared_items(v, &review, Reviewer::Candidate, mine, out);
        let missing: Vec<_> = review.checks.iter().filter(|c| c.state == ItemState::NotMet).map(|c| c.item).collect();
        if !missing.is_empty() {
            let count = missing.len() as u32;
            out.push(mine(K::CompletionItemsMissing, format!("{count} not met")).count(count).items(missing));
        }
        for f in follow_ups.iter().filter(|f| f.enrollment_id == id) {
            out.push(mine(K::FollowUp, f.message.clone()).record(f.id.uuid()));
        }
        if forms.iter().any(|f| f.id == id && signature_asked(&f.verification()) == Some(Signer::Candidate)) {
            out.push(mine(K::SignCompletion, String::new()));
        }
    }
    Ok(())
}
