use super::facts::Records;
use super::json::CompletionStatus;
use super::record::column_of;
use crate::capabilities::{Caller, EnrollmentAccess, Relation};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::completion::{check, CompletionItem, ItemState};
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::{completion_verifications, enrollments};
use uuid::Uuid;

/// Where the program's candidates stand on their completion forms
///
/// Every enrolled, extended or completed candidate the caller lists (the program's staff: all of
/// them; a district representative: their districts'), with the form's items met and not met,
/// its due date, what the caller's column has confirmed and who has signed. No record's text.
#[utoipa::path(tag = "completion", params(("program_id" = Uuid, Path)), responses((status = 200, body = Vec<CompletionStatus>)))]
#[get("/programs/{program_id}/completion-status")]
pub async fn program_completion_status(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<CompletionStatus>>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let out = me
        .read_program(&state, id, move |c, me, access| {
            let (views, _) = enrollments::list(c, &access.report_filter(id, None)?, 0, i64::MAX)?;
            let views: Vec<_> = views
                .into_iter()
                .filter(|v| v.row.status.is_active() || v.row.status == EnrollmentStatus::Completed)
                .collect();
            let records = Records::load(c, id, Some(&views))?;
            let ids: Vec<_> = views.iter().map(|v| v.row.id).collect();
            let forms = completion_verifications::of_enrollments(c, &ids)?;
            Ok(views
                .iter()
                .map(|v| {
                    let facts = records.facts(v).facts;
                    let checks = check(&facts);
                    let on_form = |state| checks.iter().filter(move |k| k.on_the_form && k.state == state);
                    let form = forms.iter().find(|f| f.id == v.row.id).map(|f| f.verification()).unwrap_or_default();
                    let relation = EnrollmentAccess::listed(access, me, v.row.candidate_id, Relation::District);

                    let column = column_of(relation);
                    CompletionStatus {
                        enrollment_id: v.row.id.uuid(),
                        candidate: v.candidate.clone(),
                        cohort_label: v.cohort_label.clone(),
                        district_name: v.district_name.clone(),
                        status: v.row.status,
                        items_met: on_form(ItemState::Met).count() as u32,
                        not_met: on_form(ItemState::NotMet).map(|k| k.item).collect(),
                        due_on: facts.form_due_on,
                        confirmed_by_your_column: column.map_or(0, |col| {
                            CompletionItem::form().filter(|i| form.confirmation(*i, col).is_some()).count() as u32
                        }),
                        signed_by: form.signatures.iter().map(|s| s.signer).collect(),
                    }
                })
                .collect())
        })
        .await?;
    Ok(web::Json(out))
}
