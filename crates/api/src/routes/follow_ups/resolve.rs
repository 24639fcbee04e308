use super::json::{FollowUp, Resolution};
use super::record::{load, FollowUpRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::follow_up::{check_note, FollowUpStep};
use coachfolio_domain::ids::FollowUpId;
use uuid::Uuid;

/// Resolve a follow-up
///
/// With what came of it (optional); who and when are kept. An open one only (409 once
/// resolved). For the program's coordinators and director.
#[utoipa::path(tag = "portfolio review", request_body = Resolution,
    params(("follow_up_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = FollowUp)))]
#[post("/follow-ups/{follow_up_id}/resolve")]
pub async fn resolve_follow_up(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<Resolution>,
) -> Result<HttpResponse, ApiError> {
    let id = FollowUpId::from(path.into_inner());
    let note = body.0.note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    check_note(note.as_deref())?;
    let view = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            kernel::update::<FollowUpRecord>(c, &me, if_match, loaded, FollowUpStep::Resolved, |_, row, _| {
                row.resolution = note;
                Ok(vec!["resolution"])
            })
        })
        .await?;
    Ok(ok_tagged(view.version, &view))
}
