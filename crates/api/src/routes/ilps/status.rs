use super::json::{Ilp, IlpStatusChange};
use super::record::{load, IlpRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::IlpId;
use coachfolio_domain::ilp::{IlpStatus, IlpStep};
use uuid::Uuid;

/// Put an ILP into action, complete it, or reopen it
///
/// `active`: from a draft (it needs its standards, focus, SMART goal and at least one action
/// step) or to reopen a completed plan; `completed`: from active, once every action step is
/// attained and the reflective summary is written (422 naming what is missing).
#[utoipa::path(tag = "ILPs", request_body = IlpStatusChange,
    params(("ilp_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Ilp)))]
#[post("/ilps/{ilp_id}/status")]
pub async fn change_status(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<IlpStatusChange>,
) -> Result<HttpResponse, ApiError> {
    let id = IlpId::from(path.into_inner());
    let to = body.0.status;
    let ilp = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_write()?;
            let step = match to {
                IlpStatus::Completed => IlpStep::Completed,
                IlpStatus::Active => IlpStep::Activated,
                IlpStatus::Draft => return Err(ApiError::invalid("status", "a plan does not go back to a draft")),
            };
            kernel::update::<IlpRecord>(c, &me, if_match, loaded, step, |_, _, _| Ok(vec![]))
        })
        .await?;
    Ok(ok_tagged(ilp.version, &ilp))
}
