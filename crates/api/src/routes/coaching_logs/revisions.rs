use super::json::LogRevision;
use super::record::{load, Log};
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::LogId;
use coachfolio_persistence::{revisions as history, users};
use uuid::Uuid;

/// A coaching log's revision history, newest first
#[utoipa::path(tag = "coaching logs", params(("log_id" = Uuid, Path)), responses((status = 200, body = Vec<LogRevision>)))]
#[get("/coaching-logs/{log_id}/revisions")]
pub async fn revisions(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<LogRevision>>, ApiError> {
    let id = LogId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require_confidential()?;
            reads.read(me.id(), Log::ENTITY, [(loaded.row.program_id, loaded.row.id.to_string())]);
            let revs = history::of(c, Log::ENTITY, &id.to_string())?;
            let ids: Vec<_> = revs.iter().map(|r| r.by_id).collect();
            let people = users::refs(c, &ids)?;
            revs.into_iter()
                .map(|r| {
                    Ok(LogRevision {
                        id: r.id.uuid(),
                        version: r.version,
                        at: r.at.assume_utc(),
                        by: people
                            .iter()
                            .find(|u| u.id == r.by_id.uuid())
                            .cloned()
                            .ok_or_else(|| ApiError::Internal("revision author missing".into()))?,
                        action: r.action,
                        changed_fields: r.changed_fields.0,
                        before: serde_json::from_value(r.before_json.0)
                            .map_err(|e| ApiError::Internal(format!("revision: {e}")))?,
                    })
                })
                .collect::<Result<Vec<_>, ApiError>>()
        })
        .await?;
    Ok(web::Json(out))
}
