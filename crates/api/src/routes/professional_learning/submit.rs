use super::json::ProfessionalLearning;
use super::record::{load, missing_pdfs, PlRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::ProfessionalLearningId;
use coachfolio_domain::professional_learning::check_submit;
use coachfolio_domain::professional_learning::PlStep;
use coachfolio_domain::{FieldError, Invalid};
use uuid::Uuid;

/// Submit an alternative professional learning for approval
///
/// Needs the standards, the placement before, the summary and its three PDFs (the PL reflection
/// form, the agenda and the sign-in sheet, attached to it while a draft): 422 naming each
/// missing, `documents` for the PDFs. It then waits in the coordinators' queue.
#[utoipa::path(tag = "professional learning",
    params(("pl_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = ProfessionalLearning)))]
#[post("/professional-learning/{pl_id}/submit")]
pub async fn submit(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = ProfessionalLearningId::from(path.into_inner());
    let record = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_edit(&loaded.row)?;
            kernel::update::<PlRecord>(c, &me, if_match, loaded, PlStep::Submitted, |c, row, _| {
                let mut errors = check_submit(&row.form.reflection.0);
                if let Some(missing) = missing_pdfs(c, row.id)? {
                    errors.push(FieldError::new("documents", format!("attach the {missing} before submitting")));
                }
                Invalid::check(errors)?;
                Ok(vec![])
            })
        })
        .await?;
    Ok(ok_tagged(record.version, &record))
}
