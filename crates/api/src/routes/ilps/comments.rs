use super::json::IlpComment;
use super::record::{load, IlpRecord};
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::comments as shared;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::IlpId;
use uuid::Uuid;

/// The comments on an ILP and its steps, oldest first
#[utoipa::path(tag = "ILPs", params(("ilp_id" = Uuid, Path)), responses((status = 200, body = Vec<IlpComment>)))]
#[get("/ilps/{ilp_id}/comments")]
pub async fn comments(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<IlpComment>>, ApiError> {
    let id = IlpId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require(EnrollmentPermission::ReadRecords)?;
            let all = shared::of::<IlpRecord>(c, &me, &reads, &loaded.row)?;
            Ok(all.into_iter().map(|(row, author)| IlpComment::new(row, author)).collect())
        })
        .await?;
    Ok(web::Json(out))
}
