use super::json::{ApplicationToPractice, AtpChange};
use super::record::{load, AtpRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::application_to_practice::AtpStep;
use coachfolio_domain::ids::AtpId;
use uuid::Uuid;

/// Change an Application to Practice
///
/// For the candidate, until it is submitted; lists are replaced whole. Send the ETag you read
/// as If-Match.
#[utoipa::path(tag = "applications to practice", request_body = AtpChange,
    params(("atp_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = ApplicationToPractice)))]
#[patch("/applications-to-practice/{atp_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<AtpChange>,
) -> Result<HttpResponse, ApiError> {
    let id = AtpId::from(path.into_inner());
    let reader = me.clone();
    let atp = state
        .read_then_write(
            move |c| {
                let loaded = load(c, &reader, id)?;
                loaded.context.may_write(&loaded.row)?;
                Ok(loaded)
            },
            move |c, loaded| {
                kernel::update::<AtpRecord>(c, &me, if_match, loaded, AtpStep::Edited, |_, row, _| body.0.apply(row))
            },
        )
        .await?;
    Ok(ok_tagged(atp.version, &atp))
}
