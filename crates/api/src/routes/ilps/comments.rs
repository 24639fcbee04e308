use super::json::IlpComment;
use super::record::load;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::IlpId;
use coachfolio_persistence::ilps;
use uuid::Uuid;

/// The comments on an ILP and its steps, oldest first
#[utoipa::path(tag = "ILPs", params(("ilp_id" = Uuid, Path)), responses((status = 200, body = Vec<IlpComment>)))]
#[get("/ilps/{ilp_id}/comments")]
pub async fn comments(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<IlpComment>>, ApiError> {
    let id = IlpId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require_confidential()?;
            reads.read(me.id(), "ilp_comment", [(loaded.row.program_id, id.to_string())]);
            Ok(ilps::comments(c, id)?.into_iter().map(|(row, author)| IlpComment::new(row, author)).collect())
        })
        .await?;
    Ok(web::Json(out))
}
