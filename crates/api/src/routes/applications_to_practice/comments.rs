use super::json::AtpComment;
use super::record::{load, AtpRecord};
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::comments as shared;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::AtpId;
use uuid::Uuid;

/// The comments on an Application to Practice, oldest first
#[utoipa::path(tag = "applications to practice", params(("atp_id" = Uuid, Path)), responses((status = 200, body = Vec<AtpComment>)))]
#[get("/applications-to-practice/{atp_id}/comments")]
pub async fn comments(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<AtpComment>>, ApiError> {
    let id = AtpId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require(EnrollmentPermission::ReadRecords)?;
            let all = shared::of::<AtpRecord>(c, &me, &reads, &loaded.row)?;
            Ok(all.into_iter().map(|(row, author)| AtpComment::new(row, author)).collect())
        })
        .await?;
    Ok(web::Json(out))
}
