use super::json::{PlDecision, PlVerdict, ProfessionalLearning};
use super::record::{load, missing_pdfs, PlRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::kernel::Taken;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::ProfessionalLearningId;
use coachfolio_domain::professional_learning::PlStep;
use uuid::Uuid;

/// Approve or deny an alternative professional learning
///
/// By the program's coordinators, with a reason either way. Approval needs the three PDFs
/// attached (422 naming `documents` and the missing ones); approved hours count in the
/// candidate's ledger. A denied record goes back to the candidate to correct and submit again.
#[utoipa::path(tag = "professional learning", request_body = PlDecision,
    params(("pl_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = ProfessionalLearning)))]
#[post("/professional-learning/{pl_id}/decision")]
pub async fn decide(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<PlDecision>,
) -> Result<HttpResponse, ApiError> {
    let id = ProfessionalLearningId::from(path.into_inner());
    let b = body.0;
    let reason = b.reason.trim().to_string();
    if reason.is_empty() || reason.chars().count() > 2000 {
        return Err(ApiError::invalid("reason", "give the reason for the decision (at most 2000 characters)"));
    }
    let record = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_decide(&loaded.row)?;
            if b.decision == PlVerdict::Approved {
                if let Some(missing) = missing_pdfs(c, id)? {
                    return Err(ApiError::invalid("documents", format!("attach the {missing} before approving")));
                }
            }
            let step = match b.decision {
                PlVerdict::Approved => PlStep::Approved,
                PlVerdict::Denied => PlStep::Denied,
            };
            kernel::update::<PlRecord>(c, &me, if_match, loaded, Taken { step, note: Some(reason) }, |_, _, _| {
                Ok(vec![])
            })
        })
        .await?;
    Ok(ok_tagged(record.version, &record))
}
