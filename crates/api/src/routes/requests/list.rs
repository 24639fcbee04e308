use super::json::Request;
use super::record::{people_of, to_json, RequestContext, RequestRecord};
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_domain::request::RequestKind;
use coachfolio_persistence::documents::{self, AttachedTo};
use coachfolio_persistence::{enrollments, requests, users};
use uuid::Uuid;

/// A candidate's requests you may read, latest first
///
/// The candidate and the program's coordinators and director read them all; the current
/// coach the extension, withdrawal and doctoral waiver requests. Every one returned is
/// recorded as read.
#[utoipa::path(tag = "requests", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = Vec<Request>)))]
#[get("/enrollments/{enrollment_id}/requests")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<Request>>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let context = RequestContext::load(c, &me, e)?;
            if !RequestKind::ALL.iter().any(|k| context.reads(*k)) {
                return Err(ApiError::Forbidden("requests are the candidate's and the program staff's".into()));
            }
            let rows: Vec<_> = requests::of_enrollment(c, id)?.into_iter().filter(|r| context.reads(r.kind)).collect();
            reads.read(me.id(), RequestRecord::ENTITY, rows.iter().map(|r| (r.program_id, r.id.to_string())));
            let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
            let docs = documents::attached_to(c, AttachedTo::Request(&ids))?;
            let people = users::refs(c, &people_of(&rows))?;
            rows.iter().map(|r| to_json(r, &docs, &people, &context)).collect()
        })
        .await?;
    Ok(web::Json(out))
}
