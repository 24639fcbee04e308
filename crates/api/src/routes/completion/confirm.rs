use super::json::{CompletionVerification, ConfirmItem};
use super::record::{load, CompletionRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::completion::CompletionStep;
use coachfolio_domain::ids::EnrollmentId;
use uuid::Uuid;

/// Confirm one item of the completion form
///
/// In the caller's column: the district representative of the candidate's district, or a
/// coordinator. The confirmation keeps what the records showed then; confirming an item the
/// records do not show met needs a `reason`, kept and audited (422 naming `reason` without
/// one). Confirming again replaces the column's earlier confirmation. Refused with 409 once
/// anyone has signed, or while the enrollment is not enrolled or extended.
#[utoipa::path(tag = "completion", request_body = ConfirmItem,
    params(("enrollment_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = CompletionVerification)))]
#[post("/enrollments/{enrollment_id}/completion/confirmations")]
pub async fn confirm(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<ConfirmItem>,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let ConfirmItem { item, reason } = body.0;
    let form = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            let column = loaded.context.column()?;
            let state = loaded.context.check_of(item).state;
            let step = CompletionStep::Confirmed { item, column, state, reason };
            kernel::update::<CompletionRecord>(c, &me, if_match, loaded, step, |_, _, _| Ok(vec![]))
        })
        .await?;
    Ok(ok_tagged(form.version, &form))
}
