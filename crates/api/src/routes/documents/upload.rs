use super::json::{Document, DocumentUpload};
use super::record::{
    check_attached, checked_form, is_confidential, keep, read_parts, version_row, views, DocumentAccess,
};
use crate::audit;
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::etag::created_tagged;
use crate::state::AppState;
use actix_multipart::Multipart;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::documents::{self, NewDocument};
use coachfolio_persistence::enrollments;
use serde_json::json;
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
            check_attached(c, &form, &enrollment, &access)?;
            let new = NewDocument::new(enrollment.program_id, enrollment.id, form, me.id());
            let row = documents::insert(c, &new, &version_row(new.id, 1, stored, me.id()))?;
            let doc = views(c, std::slice::from_ref(&row), enrollment.candidate_id, &access)?.remove(0);
            let change = audit::Change {
                program_id: Some(row.program_id),
                action: "document.uploaded",
                entity: "document",
                entity_id: row.id.to_string(),
                confidential: is_confidential(&row.form),
            };
            let after = json!({"kind": doc.kind, "activity_date": doc.activity_date,
                "size_bytes": doc.current.size_bytes, "sha256": doc.current.sha256});
            audit::record(c, &me, change, None::<&()>, Some(&after))?;
            Ok(doc)
        })
        .await;
    if saved.is_err() {
        state.storage.remove(&[key]).await;
    }
    let doc = saved?;
    Ok(created_tagged(doc.version, &doc))
}
