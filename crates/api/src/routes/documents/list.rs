use super::json::Document;
use super::record::{views, DocumentAccess};
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::{documents, enrollments};
use uuid::Uuid;

/// A candidate's e-portfolio: the documents you may read, latest activity first
#[utoipa::path(tag = "documents", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = Vec<Document>)))]
#[get("/enrollments/{enrollment_id}/documents")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<Document>>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let access = DocumentAccess::load(c, &me, &e)?;
            let all = documents::of_enrollment(c, id)?;
            let rows = access.readable(c, all)?;
            views(c, &rows, e.candidate_id, &access)
        })
        .await?;
    Ok(web::Json(out))
}
