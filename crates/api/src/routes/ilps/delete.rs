use super::record::{load, IlpRecord};
use crate::audit;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::etag::IfMatch;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{delete, web, HttpResponse};
use coachfolio_domain::ids::IlpId;
use coachfolio_persistence::ilps;
use serde_json::json;
use uuid::Uuid;

/// Discard a draft ILP
///
/// Only drafts, by the candidate or their coach; a plan in action stays (it may be completed
/// or left in progress).
#[utoipa::path(tag = "ILPs",
    params(("ilp_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 204, description = "Discarded")))]
#[delete("/ilps/{ilp_id}")]
pub async fn delete(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = IlpId::from(path.into_inner());
    state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_discard(&loaded.row)?;
            if_match.check(loaded.row.version, &IlpRecord::view(c, &loaded.row, &loaded.context)?)?;
            if !ilps::delete_draft(c, id, loaded.row.version)? {
                return Err(ApiError::conflict("status", "the draft changed meanwhile; reload it"));
            }
            let change = audit::Change {
                program_id: Some(loaded.row.program_id),
                action: "ilp.discarded",
                entity: IlpRecord::ENTITY,
                entity_id: id.to_string(),
            };
            let after = json!({"status": loaded.row.status, "version": loaded.row.version, "changed_fields": []});
            audit::record(c, &me, change, None::<&()>, Some(&after))
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
