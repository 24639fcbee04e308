use super::{audit_reads, load, CoachingLog, Loaded};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::coaching_logs as logs;
use coachfolio_persistence::users;
use serde::Serialize;
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;

/// An earlier version of a signed log: who changed it, when, what, and how it read before.
#[derive(Debug, Serialize, ToSchema)]
pub struct LogRevision {
    pub id: Uuid,
    /// The version this revision replaced.
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub by: UserRef,
    #[schema(example = "edited")]
    pub action: String,
    pub changed_fields: Vec<String>,
    pub before: CoachingLog,
}

/// A coaching log's revision history, newest first
#[utoipa::path(tag = "coaching logs", params(("log_id" = Uuid, Path)), responses((status = 200, body = Vec<LogRevision>)))]
#[get("/coaching-logs/{log_id}/revisions")]
pub async fn revisions(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<LogRevision>>, ApiError> {
    let id = path.into_inner().to_string();
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let Loaded { row, access, .. } = load(c, &me, &id)?;
            access.require_confidential()?;
            audit_reads(&reads, &me, &[&row]);
            let revs = logs::revisions(c, &id)?;
            let ids: Vec<&str> = revs.iter().map(|r| r.by_id.as_str()).collect();
            let people = users::refs(c, &ids)?;
            revs.iter()
                .map(|r| {
                    Ok(LogRevision {
                        id: r.id.parse().unwrap_or_default(),
                        version: r.version,
                        at: r.at.assume_utc(),
                        by: people
                            .iter()
                            .find(|u| u.id.to_string() == r.by_id)
                            .cloned()
                            .ok_or_else(|| ApiError::Internal("revision author missing".into()))?,
                        action: r.action.clone(),
                        changed_fields: serde_json::from_str(&r.changed_fields).unwrap_or_default(),
                        before: serde_json::from_str(&r.before_json)
                            .map_err(|e| ApiError::Internal(format!("revision: {e}")))?,
                    })
                })
                .collect::<Result<Vec<_>, ApiError>>()
        })
        .await?;
    Ok(web::Json(out))
}
