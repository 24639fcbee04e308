use super::json::RequestComment;
use super::record::{load, RequestRecord};
use crate::capabilities::Caller;
use crate::comments as shared;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::RequestId;
use uuid::Uuid;

/// The comments on a request, oldest first
#[utoipa::path(tag = "requests", params(("request_id" = Uuid, Path)), responses((status = 200, body = Vec<RequestComment>)))]
#[get("/requests/{request_id}/comments")]
pub async fn comments(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<RequestComment>>, ApiError> {
    let id = RequestId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            let all = shared::of::<RequestRecord>(c, &me, &reads, &loaded.row)?;
            Ok(all.into_iter().map(|(row, author)| RequestComment::new(row, author)).collect())
        })
        .await?;
    Ok(web::Json(out))
}
