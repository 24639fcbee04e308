use super::json::{Receivable, Receivables, ReceivablesQuery};
use super::plan::{account, PlanRecords};
use crate::capabilities::{Caller, ProgramAccess};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::fees::{Account, FeePayer, InstallmentStatus};
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::{enrollments, payments, programs, DbConnection};
use std::collections::HashMap;
use uuid::Uuid;

/// One payer's balance of an account (none when they have no share).
fn balance_of(a: &Account, payer: FeePayer) -> i64 {
    a.by_payer.iter().find(|b| b.payer == payer).map_or(0, |b| b.balance_cents)
}

/// The receivables as `access` may see them, in a constant number of queries.
pub(crate) fn build(
    c: &mut DbConnection,
    access: &ProgramAccess,
    program_id: ProgramId,
    q: &ReceivablesQuery,
) -> Result<Receivables, ApiError> {
    let filter = access.report_filter(program_id, q.cohort_id.map(Into::into))?;
    let program = programs::find(c, program_id)?;
    let today = crate::clock::today_in(&program.time_zone);
    let (views, _) = enrollments::list(c, &filter, 0, i64::MAX)?;
    let paid: HashMap<_, _> = payments::totals_of_program(c, program_id, None)?.into_iter().collect();
    let records = PlanRecords::load(c, program_id, None)?;
    let mut rows: Vec<Receivable> = views
        .iter()
        .map(|v| {
            let a = account(&program.settings.0, v, &records, paid.get(&v.row.id).copied().unwrap_or_default(), today);
            Receivable {
                enrollment_id: v.row.id.uuid(),
                candidate: v.candidate.clone(),
                cohort_label: v.cohort_label.clone(),
                district_name: v.district_name.clone(),
                status: v.row.status,
                cost_structure: v.row.cost_structure,
                payer: v.row.fee_payer,
                next_due_on: a
                    .installments
                    .iter()
                    .find(|l| l.status != InstallmentStatus::Paid)
                    .map(|l| l.installment.due_on),
                total_cents: a.total_cents,
                paid_cents: a.paid_cents,
                balance_cents: a.balance_cents,
                overdue_cents: a.overdue_cents,
                agency_balance_cents: balance_of(&a, FeePayer::Agency),
                candidate_balance_cents: balance_of(&a, FeePayer::Candidate),
            }
        })
        .collect();
    rows.sort_by_key(|r| (std::cmp::Reverse(r.overdue_cents), std::cmp::Reverse(r.balance_cents)));
    Ok(Receivables {
        as_of: today,
        total_balance_cents: rows.iter().map(|r| r.balance_cents).sum(),
        total_overdue_cents: rows.iter().map(|r| r.overdue_cents).sum(),
        rows,
    })
}

/// The program's receivables
///
/// Who owes what: each candidate's plan, paid, balance and overdue amount, overdue first. For
/// the program's staff; a district representative sees their district's candidates.
#[utoipa::path(tag = "fees", params(("program_id" = Uuid, Path), ReceivablesQuery), responses((status = 200, body = Receivables)))]
#[get("/programs/{program_id}/receivables")]
pub async fn receivables(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<ReceivablesQuery>,
) -> Result<web::Json<Receivables>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    let out = me.read_program(&state, id, move |c, _, access| build(c, access, id, &q)).await?;
    Ok(web::Json(out))
}
