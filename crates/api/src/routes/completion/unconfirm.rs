use super::json::CompletionVerification;
use super::record::{load, CompletionRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{delete, web, HttpResponse};
use coachfolio_domain::completion::{CompletionItem, CompletionStep};
use coachfolio_domain::ids::EnrollmentId;
use uuid::Uuid;

/// Take back the caller's confirmation of one item
///
/// In the caller's column, before anyone has signed (409 after).
#[utoipa::path(tag = "completion",
    params(("enrollment_id" = Uuid, Path), ("item" = CompletionItem, Path),
        ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = CompletionVerification)))]
#[delete("/enrollments/{enrollment_id}/completion/confirmations/{item}")]
pub async fn unconfirm(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<(Uuid, CompletionItem)>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let (id, item) = path.into_inner();
    let id = EnrollmentId::from(id);
    let form = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            let column = loaded.context.column()?;
            let step = CompletionStep::Unconfirmed { item, column };
            kernel::update::<CompletionRecord>(c, &me, if_match, loaded, step, |_, _, _| Ok(vec![]))
        })
        .await?;
    Ok(ok_tagged(form.version, &form))
}
