use super::json::{NewRequestComment, RequestComment};
use super::record::{load, RequestRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::comments;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::RequestId;
use uuid::Uuid;

/// Comment on a request
///
/// For whoever reads it: the candidate, the program's coordinators and director, and the
/// current coach on the requests they read.
#[utoipa::path(tag = "requests", request_body = NewRequestComment, params(("request_id" = Uuid, Path)), responses((status = 201, body = RequestComment)))]
#[post("/requests/{request_id}/comments")]
pub async fn comment(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewRequestComment>,
) -> Result<HttpResponse, ApiError> {
    let id = RequestId::from(path.into_inner());
    let body = comments::checked_body(&body.0.body)?;
    let comment = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            let (row, author) = comments::add::<RequestRecord>(c, &me, &loaded.row, None, body)?;
            Ok(RequestComment::new(row, author))
        })
        .await?;
    Ok(HttpResponse::Created().json(comment))
}
