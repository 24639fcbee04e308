//! An upload's form: its parts read within limits, its fields checked, its file checked and
//! kept as a version.

use crate::error::ApiError;
use crate::state::AppState;
use crate::storage::{upload_error, Received, Storage, Stored};
use actix_multipart::Multipart;
use actix_web::web;
use coachfolio_domain::document::{self, DocumentKind};
use coachfolio_domain::ids::{
    DocumentId, DocumentVersionId, ExperienceId, LogId, ProfessionalLearningId, RequestId, UserId,
};
use coachfolio_domain::FieldError;
use coachfolio_domain::Invalid;
use coachfolio_persistence::documents::{DocumentForm, VersionRow};
use futures_util::StreamExt;
use std::collections::HashMap;
use time::Date;
use uuid::Uuid;

/// Reads an upload's parts: the text fields by name, the file (streamed into the storage, not
/// kept yet) from the part named `file`. 400 naming `file` when the upload is cut short.
pub(crate) async fn read_parts(
    storage: &Storage,
    mut payload: Multipart,
) -> Result<(HashMap<String, String>, Option<Received>), ApiError> {
    let (mut fields, mut file) = (HashMap::new(), None);
    while let Some(part) = payload.next().await {
        let mut part = part.map_err(|e| upload_error(e, "file"))?;
        let name = part.name().unwrap_or_default().to_string();
        if name == "file" {
            file = Some(storage.receive(&mut part, "file").await?);
            continue;
        }
        let mut text = Vec::new();
        while let Some(chunk) = part.next().await {
            text.extend_from_slice(&chunk.map_err(|e| upload_error(e, &name))?);
            if text.len() > MAX_FIELD {
                return Err(ApiError::invalid(&name, format!("must be at most {MAX_FIELD} bytes")));
            }
        }
        let text = String::from_utf8(text).map_err(|_| ApiError::invalid(&name, "must be UTF-8 text"))?;
        if text.contains('\0') {
            return Err(ApiError::invalid(&name, "must not contain a NUL character"));
        }
        fields.insert(name, text);
    }
    Ok((fields, file))
}

/// The largest text part of an upload.
const MAX_FIELD: usize = 4096;

/// An upload's text fields.
const FIELDS: [&str; 8] = [
    "kind",
    "title",
    "activity_date",
    "minutes",
    "coaching_log_id",
    "professional_learning_id",
    "experience_id",
    "request_id",
];

/// What an upload's fields say of the document: 422 naming each field that is wrong.
pub(crate) fn checked_form(fields: &HashMap<String, String>) -> Result<DocumentForm, ApiError> {
    let mut errors = Vec::new();
    let get = |k: &str| fields.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
    let kind = match get("kind").map(DocumentKind::parse) {
        Some(Some(k)) => Some(k),
        _ => {
            errors.push(FieldError::new("kind", "choose the type of document"));
            None
        }
    };
    let date_format = time::macros::format_description!("[year]-[month]-[day]");
    let activity_date = match get("activity_date").map(|d| Date::parse(d, &date_format)) {
        Some(Ok(d)) => Some(d),
        _ => {
            errors.push(FieldError::new("activity_date", "give the activity's date as YYYY-MM-DD"));
            None
        }
    };
    let minutes = match get("minutes").map(|m| m.parse::<u32>()) {
        None => None,
        Some(Ok(m)) => Some(m),
        Some(Err(_)) => {
            errors.push(FieldError::new("minutes", "must be a whole number of minutes from 0 to 1440"));
            None
        }
    };
    let mut record_id = |name: &'static str, what: &str| match get(name).map(Uuid::parse_str) {
        None => None,
        Some(Ok(id)) => Some(id),
        Some(Err(_)) => {
            errors.push(FieldError::new(name, format!("is not {what}'s id")));
            None
        }
    };
    let coaching_log_id = record_id("coaching_log_id", "a coaching log").map(LogId::from);
    let professional_learning_id =
        record_id("professional_learning_id", "a professional learning").map(ProfessionalLearningId::from);
    let experience_id = record_id("experience_id", "a job shadow or school visit").map(ExperienceId::from);
    let request_id = record_id("request_id", "a request").map(RequestId::from);
    let title = fields.get("title").map(|t| t.trim().to_string()).unwrap_or_default();
    document::check(&title, minutes, &mut errors);
    for name in fields.keys() {
        if !FIELDS.contains(&name.as_str()) {
            errors.push(FieldError::new(name.clone(), "is not a field of a document"));
        }
    }
    Invalid::check(errors)?;
    match (kind, activity_date) {
        (Some(kind), Some(activity_date)) => Ok(DocumentForm {
            kind,
            title,
            activity_date,
            minutes: minutes.map(|m| m as i32),
            coaching_log_id,
            professional_learning_id,
            experience_id,
            request_id,
        }),
        _ => Err(ApiError::Internal("checked fields missing".into())),
    }
}

/// Checks a received file off the async workers and keeps it as a version of a document:
/// 422 naming `file` when it is missing, empty or not a PDF.
pub(crate) async fn keep(state: &web::Data<AppState>, file: Option<Received>) -> Result<Stored, ApiError> {
    let file = file.ok_or_else(|| ApiError::invalid("file", "attach the PDF"))?;
    let file = web::block(move || Storage::check(&file, "file").map(|()| file)).await??;
    state.storage.keep(file).await
}

/// A version row for a file just kept.
pub(crate) fn version_row(document_id: DocumentId, number: i32, stored: Stored, by: UserId) -> VersionRow {
    VersionRow {
        id: DocumentVersionId::new(),
        document_id,
        number,
        storage_key: stored.key,
        size_bytes: stored.size as i64,
        sha256: stored.sha256,
        uploaded_by: by,
        uploaded_at: coachfolio_persistence::now(),
    }
}
