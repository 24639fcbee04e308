use super::json::ApplicationToPractice;
use super::record::{load, AtpRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::application_to_practice::check_submit;
use coachfolio_domain::application_to_practice::AtpStep;
use coachfolio_domain::ids::AtpId;
use uuid::Uuid;

/// Submit the Application to Practice
///
/// Five elements of most growth and five of focus with their reasons, a plan for each focus
/// element with its desired score, and the narrative (422 naming each one missing).
#[utoipa::path(tag = "applications to practice",
    params(("atp_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = ApplicationToPractice)))]
#[post("/applications-to-practice/{atp_id}/submit")]
pub async fn submit(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = AtpId::from(path.into_inner());
    let atp = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_write(&loaded.row)?;
            kernel::update::<AtpRecord>(c, &me, if_match, loaded, AtpStep::Submitted, |_, row, _| {
                check_submit(&row.content.0)?;
                Ok(vec![])
            })
        })
        .await?;
    Ok(ok_tagged(atp.version, &atp))
}
