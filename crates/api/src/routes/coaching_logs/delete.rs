use super::{audit_change, check_version, load, Loaded};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::etag::IfMatch;
use crate::state::AppState;
use actix_web::{delete, web, HttpResponse};
use coachfolio_persistence::coaching_logs as logs;
use uuid::Uuid;

/// Discard a draft
///
/// Only drafts; a signed log stays (a coordinator may return it to the coach instead).
#[utoipa::path(tag = "coaching logs",
    params(("log_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 204, description = "Discarded")))]
#[delete("/coaching-logs/{log_id}")]
pub async fn delete(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    state
        .write(move |c| {
            let Loaded { row, access, .. } = load(c, &me, &id)?;
            access.require_current_coach()?;
            if row.state != "draft" || row.coach_id != me.id() {
                return Err(ApiError::conflict("state", "only your own drafts can be discarded"));
            }
            check_version(c, if_match, &row)?;
            if !logs::delete_draft(c, &id, row.version)? {
                return Err(ApiError::conflict("state", "the draft changed meanwhile; reload it"));
            }
            audit_change(c, &me, &row, "coaching_log.discarded", &[])
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
