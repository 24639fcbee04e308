//! What an approved request changes, in the transaction of its decision (so a refused change
//! leaves the request undecided): a change of coach ends the current assignment and starts the
//! new one; an extension adds a program year and its fee; a withdrawal ends the enrollment,
//! its coaching and the installments after its last day, and may add the withdrawal fee.
//! Complaints and doctoral waivers change nothing else: their decision is the record (the
//! professional-learning ledger reads an approved waiver's activities from it).

use super::record::RequestContext;
use crate::audit;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::etag::IfMatch;
use crate::kernel::Taken;
use crate::kernel::{self, Loaded};
use crate::routes::coach_assignments::json::CoachAssignment;
use crate::routes::coach_assignments::record::{audit_change, check_coach};
use crate::routes::enrollments::record::EnrollmentRecord;
use coachfolio_domain::enrollment::EnrollmentStep;
use coachfolio_domain::fees::{extension_due_on, FeeKind};
use coachfolio_domain::ids::{ChargeId, UserId};
use coachfolio_domain::program_year::program_year;
use coachfolio_domain::request::{Decision, RequestKind};
use coachfolio_persistence::enrollments::{self, AssignmentRow};
use coachfolio_persistence::fee_plans::{self, ChargeRow};
use coachfolio_persistence::requests::RequestRow;
use coachfolio_persistence::DbConnection;
use time::Date;

/// Applies an approval of `row` as `d` decides it.
pub(crate) fn apply(
    c: &mut DbConnection,
    me: &CurrentUser,
    row: &RequestRow,
    d: &Decision,
    ctx: &RequestContext,
) -> Result<(), ApiError> {
    if !d.approved {
        return Ok(());
    }
    let missing = |field: &str| ApiError::invalid(field, "is required to approve it");
    match row.kind {
        RequestKind::ChangeOfCoach => {
            let coach = UserId::from(d.new_coach_id.ok_or_else(|| missing("new_coach_id"))?);
            change_coach(c, me, ctx, coach, d.effective_on.ok_or_else(|| missing("effective_on"))?)
        }
        RequestKind::Extension => extend(c, me, row, ctx),
        RequestKind::Withdrawal => {
            withdraw(c, me, row, ctx, d.effective_on.ok_or_else(|| missing("effective_on"))?, d.charge_withdrawal_fee)
        }
        RequestKind::Complaint | RequestKind::DoctoralWaiver => Ok(()),
    }
}

/// Ends the current coach's assignment the day before `from` and starts `coach` on `from`.
fn change_coach(
    c: &mut DbConnection,
    me: &CurrentUser,
    ctx: &RequestContext,
    coach: UserId,
    from: Date,
) -> Result<(), ApiError> {
    let e = &ctx.enrollment;
    let history = enrollments::assignments(c, e.id)?;
    let current = history.iter().find(|(a, _)| a.end_date.is_none());
    if current.is_some_and(|(a, _)| a.coach_id == coach) {
        return Err(ApiError::invalid("new_coach_id", "is the candidate's coach already"));
    }
    let new_coach = check_coach(c, e, coach, from, ("new_coach_id", "effective_on"))?;
    if let Some((a, coach_ref)) = current {
        if from <= a.start_date {
            return Err(ApiError::invalid(
                "effective_on",
                format!("must be after the current coach started ({})", a.start_date),
            ));
        }
        end_assignment(c, me, ctx, a, coach_ref.clone(), from.previous_day().unwrap_or(from))?;
    }
    let row = AssignmentRow::new(e.id, new_coach.id, from);
    enrollments::insert_assignment(c, &row)?;
    audit_change(c, me, e, &row, None, &CoachAssignment::new(&row, new_coach.to_ref()))
}

fn end_assignment(
    c: &mut DbConnection,
    me: &CurrentUser,
    ctx: &RequestContext,
    a: &AssignmentRow,
    coach: coachfolio_domain::user::UserRef,
    last: Date,
) -> Result<(), ApiError> {
    let before = CoachAssignment::new(a, coach.clone());
    enrollments::end_assignment(c, a.id, last.max(a.start_date))?;
    let ended = enrollments::find_assignment(c, a.id)?;
    audit_change(c, me, &ctx.enrollment, &ended, Some(&before), &CoachAssignment::new(&ended, coach))
}

/// Takes `step` on the enrollment through the kernel (versioned, audited as
/// `enrollment.<step>`), noting the request that made it.
fn change_enrollment(
    c: &mut DbConnection,
    me: &CurrentUser,
    row: &RequestRow,
    ctx: &RequestContext,
    step: EnrollmentStep,
) -> Result<(), ApiError> {
    let e = ctx.enrollment.clone();
    let loaded = Loaded::<EnrollmentRecord> { row: e.clone(), context: ctx.access };
    let step = Taken { step, note: Some(format!("approved {} request {}", row.kind.label(), row.id)) };
    kernel::update::<EnrollmentRecord>(c, me, IfMatch(e.version), loaded, step, |_, _, _| Ok(vec![]))?;
    Ok(())
}

/// One more program year, and its fee to the candidate on that year's first fee date.
fn extend(c: &mut DbConnection, me: &CurrentUser, row: &RequestRow, ctx: &RequestContext) -> Result<(), ApiError> {
    let view = enrollments::view(c, ctx.enrollment.id)?;
    let year = (view.cohort_years + view.row.extension_years + 1).max(1) as u32;
    change_enrollment(c, me, row, ctx, EnrollmentStep::Extended)?;
    let due_on = extension_due_on(view.cohort_start, year, &ctx.settings.fee_dates());
    charge(c, me, row, FeeKind::ExtensionFee, year, due_on, ctx.settings.extension_fee_cents)
}

/// The enrollment ends on `last`: withdrawn, its coach's assignment ended, and, when the
/// decision says so, the withdrawal fee due that day.
fn withdraw(
    c: &mut DbConnection,
    me: &CurrentUser,
    row: &RequestRow,
    ctx: &RequestContext,
    last: Date,
    with_fee: bool,
) -> Result<(), ApiError> {
    if last < ctx.enrollment.start_date {
        return Err(ApiError::invalid("effective_on", "is before the enrollment starts"));
    }
    let view = enrollments::view(c, ctx.enrollment.id)?;
    change_enrollment(c, me, row, ctx, EnrollmentStep::Withdrawn { last_day: last })?;
    let history = enrollments::assignments(c, ctx.enrollment.id)?;
    if let Some((a, coach)) = history.iter().find(|(a, _)| a.end_date.is_none()) {
        end_assignment(c, me, ctx, a, coach.clone(), last)?;
    }
    if with_fee {
        let year = program_year(view.cohort_start, last).unwrap_or(1);
        charge(c, me, row, FeeKind::WithdrawalFee, year, last, ctx.settings.withdrawal_fee_cents)?;
    }
    Ok(())
}

/// Adds a charge (none when the program's fee is zero) and audits it.
fn charge(
    c: &mut DbConnection,
    me: &CurrentUser,
    row: &RequestRow,
    kind: FeeKind,
    year: u32,
    due_on: Date,
    amount_cents: i64,
) -> Result<(), ApiError> {
    if amount_cents <= 0 {
        return Ok(());
    }
    let charge = ChargeRow {
        id: ChargeId::new(),
        program_id: row.program_id,
        enrollment_id: row.enrollment_id,
        kind,
        program_year: year as i32,
        due_on,
        amount_cents,
        request_id: row.id,
        created_at: coachfolio_persistence::now(),
    };
    fee_plans::add_charge(c, &charge)?;
    let change = audit::Change {
        program_id: Some(row.program_id),
        action: "fee_charge.added",
        entity: "fee_charge",
        entity_id: charge.id.to_string(),
        confidential: false,
    };
    let after = serde_json::json!({"kind": kind, "amount_cents": amount_cents, "due_on": due_on,
        "enrollment_id": row.enrollment_id, "request_id": row.id});
    audit::record(c, me, change, None::<&()>, Some(&after))?;
    Ok(())
}
