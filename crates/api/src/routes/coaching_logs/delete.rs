use super::record::{load, Log};
use crate::audit;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::etag::IfMatch;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{delete, web, HttpResponse};
use coachfolio_domain::ids::LogId;
use coachfolio_persistence::coaching_logs as logs;
use serde_json::json;
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
    let id = LogId::from(path.into_inner());
    state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_discard(&loaded.row)?;
            if_match.check(loaded.row.version, &Log::view(c, &loaded.row, &loaded.context)?)?;
            if !logs::delete_draft(c, id, loaded.row.version)? {
                return Err(ApiError::conflict("state", "the draft changed meanwhile; reload it"));
            }
            let change = audit::Change {
                program_id: Some(loaded.row.program_id),
                action: "coaching_log.discarded",
                entity: Log::ENTITY,
                entity_id: id.to_string(),
            };
            let after = json!({"state": loaded.row.state(), "version": loaded.row.version, "changed_fields": []});
            audit::record(c, &me, change, None::<&()>, Some(&after))
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
