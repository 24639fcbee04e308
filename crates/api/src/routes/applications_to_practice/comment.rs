use super::json::{AtpComment, NewAtpComment};
use super::record::{load, AtpRecord};
use crate::body::Body;
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::comments;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::AtpId;
use coachfolio_domain::standards::cpsel;
use uuid::Uuid;

/// Comment on an Application to Practice or one of its elements
///
/// For the candidate, their current coach, and the program's coordinators and director; a
/// submitted Application to Practice can still be commented on.
#[utoipa::path(tag = "applications to practice", request_body = NewAtpComment, params(("atp_id" = Uuid, Path)), responses((status = 201, body = AtpComment)))]
#[post("/applications-to-practice/{atp_id}/comments")]
pub async fn comment(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewAtpComment>,
) -> Result<HttpResponse, ApiError> {
    let id = AtpId::from(path.into_inner());
    let NewAtpComment { element, body } = body.0;
    let body = comments::checked_body(&body)?;
    if element.as_deref().is_some_and(|e| cpsel().element(e).is_none()) {
        return Err(ApiError::invalid("element", "is not a CPSEL element (1A–6C)"));
    }
    let comment = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require(EnrollmentPermission::Comment)?;
            let (row, author) = comments::add::<AtpRecord>(c, &me, &loaded.row, element, body)?;
            Ok(AtpComment::new(row, author))
        })
        .await?;
    Ok(HttpResponse::Created().json(comment))
}
