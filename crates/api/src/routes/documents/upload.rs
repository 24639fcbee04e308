use super::attach;
use super::form::{checked_form, keep, read_parts, version_row};
use super::json::{Document, DocumentUpload};
use super::record::{DocumentAccess, DocumentContext, DocumentRecord};
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_multipart::Multipart;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::documents::{self, NewDocument};
use coachfolio_persistence::enrollments;
use uuid::Uuid;

/// Upload a document to a candidate's e-portfolio
///
/// A PDF (checked by its content, not its name), at most the configured size (20 MB by
/// default), with its type, the activity's name and date, and for professional learning its
/// minutes; optionally attached to one of the candidate's coaching logs. For the candidate,
/// their current coach and the program's coordinators. Stored whole or not at all.
#[utoipa::path(tag = "documents", params(("enrollment_id" = Uuid, Path)),
    request_body(content = DocumentUpload, content_type = "multipart/form-data"),
    responses((status = 201, body = Document)))]
#[post("/enrollments/{enrollment_id}/documents")]
pub async fn upload(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    payload: Multipart,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let reader = me.clone();
    let (enrollment, access) = state
        .read(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let access = DocumentAccess::load(c, &reader, &e)?;
            access.may_upload()?;
            Ok((e, access))
        })
        .await?;
    let (fields, file) = read_parts(&state.storage, payload).await?;
    let form = checked_form(&fields)?;
    let stored = keep(&state, file).await?;
    let key = stored.key.clone();
    let saved = state
        .write(move |c| {
            attach::check(c, &form, &enrollment, access.access)?;
            let new = NewDocument::new(enrollment.program_id, enrollment.id, form, me.id());
            let row = documents::insert(c, &new, &version_row(new.id, 1, stored, me.id()))?;
            kernel::created::<DocumentRecord>(c, &me, &row, &DocumentContext { access, enrollment })
        })
        .await;
    if saved.is_err() {
        state.storage.remove(&[key]).await;
    }
    let doc = saved?;
    Ok(created_tagged(doc.version, &doc))
}
