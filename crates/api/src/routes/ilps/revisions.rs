use super::json::IlpRevision;
use super::record::{load, IlpRecord};
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::IlpId;
use coachfolio_persistence::{revisions as history, users};
use uuid::Uuid;

/// An ILP's revision history, newest first: who changed what, and how it read before
#[utoipa::path(tag = "ILPs", params(("ilp_id" = Uuid, Path)), responses((status = 200, body = Vec<IlpRevision>)))]
#[get("/ilps/{ilp_id}/revisions")]
pub async fn revisions(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<IlpRevision>>, ApiError> {
    let id = IlpId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require_confidential()?;
            reads.read(me.id(), IlpRecord::ENTITY, [(loaded.row.program_id, id.to_string())]);
            let revs = history::of(c, IlpRecord::ENTITY, &id.to_string())?;
            let ids: Vec<_> = revs.iter().map(|r| r.by_id).collect();
            let people = users::refs(c, &ids)?;
            revs.into_iter()
                .map(|r| {
                    Ok(IlpRevision {
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
