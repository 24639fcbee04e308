//! Who reads, uploads and deletes documents, and how a document is shown.

use super::json::{Document, DocumentActions, DocumentVersion};
use crate::audit;
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission, Reach};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use crate::storage::{upload_error, Received, Storage, Stored};
use actix_multipart::Multipart;
use actix_web::web;
use coachfolio_domain::document::{self, DocumentKind};
use coachfolio_domain::ids::{
    DocumentId, DocumentVersionId, EnrollmentId, ExperienceId, LogId, ProfessionalLearningId, RequestId, UserId,
};
use coachfolio_domain::professional_learning::{PlStatus, REQUIRED_DOCUMENTS};
use coachfolio_domain::request::{RequestKind, RequestStatus};
use coachfolio_domain::user::UserRef;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::documents::{self, DocumentForm, DocumentRow, VersionRow};
use coachfolio_persistence::enrollments::{self, EnrollmentRow};
use coachfolio_persistence::Found;
use coachfolio_persistence::{coaching_logs, job_shadows, professional_learning, requests, users, DbConnection};
use futures_util::StreamExt;
use serde_json::json;
use std::collections::HashMap;
use time::Date;
use uuid::Uuid;

/// Deletes a document still at its `row.version`, with its versions, and audits it; answers
/// the storage keys of its files (to remove once the deletion is committed), or `None` when it
/// moved on.
pub(crate) fn delete(
    c: &mut DbConnection,
    me: &CurrentUser,
    row: &DocumentRow,
) -> Result<Option<Vec<String>>, ApiError> {
    let Some(keys) = documents::delete(c, row.id, row.version)? else {
        return Ok(None);
    };
    let change = audit::Change {
        program_id: Some(row.program_id),
        action: "document.deleted",
        entity: "document",
        entity_id: row.id.to_string(),
        confidential: is_confidential(&row.form),
    };
    // Ids and kinds only: a title is the uploader's text.
    let before = json!({"kind": row.form.kind, "versions": keys.len()});
    audit::record(c, me, change, Some(&before), None::<&()>)?;
    Ok(Some(keys))
}

/// Whether a document is read only by those who read confidential records: evidence of a
/// confidential kind, and whatever supports a request (read as the request). Its audit entries
/// are kept from other readers of the program's trail.
pub(crate) fn is_confidential(form: &DocumentForm) -> bool {
    form.kind.is_confidential() || form.request_id.is_some()
}

/// The caller's relation to an enrollment's documents.
#[derive(Debug, Clone)]
pub(crate) struct DocumentAccess {
    pub me: UserId,
    pub access: EnrollmentAccess,
    /// How far back a former coach reads the confidential ones.
    pub reach: Reach,
}

impl DocumentAccess {
    pub fn load(c: &mut DbConnection, me: &CurrentUser, e: &EnrollmentRow) -> Result<DocumentAccess, ApiError> {
        let access = EnrollmentAccess::load(c, me, e)?;
        Ok(DocumentAccess { me: me.id(), access, reach: Reach::load(c, me, access, e.id)? })
    }

    /// A request's documents are read as the request; evidence as coaching records are (a
    /// former coach, those of their period); the enrollment's paperwork also by the district
    /// representative of the candidate's district and the installation administrator.
    pub fn reads(&self, row: &DocumentRow, requests: &[(RequestId, RequestKind)]) -> bool {
        match row.form.request_id {
            Some(id) => requests
                .iter()
                .any(|(r, kind)| *r == id && self.access.allows(EnrollmentPermission::ReadRequest(*kind))),
            None if row.form.kind.is_confidential() => {
                self.access.require(EnrollmentPermission::ReadRecords).is_ok() && self.reach.covers(row)
            }
            None => true,
        }
    }

    /// The documents of `rows` the caller reads (one query for the requests they support).
    pub fn readable(&self, c: &mut DbConnection, rows: Vec<DocumentRow>) -> Result<Vec<DocumentRow>, ApiError> {
        let ids: Vec<RequestId> = rows.iter().filter_map(|r| r.form.request_id).collect();
        let kinds = if ids.is_empty() { Vec::new() } else { requests::kinds_of(c, &ids)? };
        Ok(rows.into_iter().filter(|r| self.reads(r, &kinds)).collect())
    }

    pub fn may_upload(&self) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::UploadDocument)
    }

    /// The program's coordinators, or whoever uploaded it while they still may upload.
    pub fn may_delete(&self, row: &DocumentRow) -> Result<(), ApiError> {
        self.may_upload()?;
        if row.uploaded_by == self.me {
            return Ok(());
        }
        self.access.require(EnrollmentPermission::DeleteAnyDocument)
    }
}

/// A document with its enrollment and the caller's access; 404 when they may not read it.
pub(crate) struct LoadedDocument {
    pub row: DocumentRow,
    pub enrollment: EnrollmentRow,
    pub access: DocumentAccess,
}

pub(crate) fn load(c: &mut DbConnection, me: &CurrentUser, id: DocumentId) -> Result<LoadedDocument, ApiError> {
    let row = documents::find(c, id).or_not_found("document")?;
    let enrollment = enrollments::find(c, row.enrollment_id)?;
    let access = DocumentAccess::load(c, me, &enrollment).map_err(|_| ApiError::not_found("document"))?;
    let row = access.readable(c, vec![row])?.pop().ok_or_else(|| ApiError::not_found("document"))?;
    Ok(LoadedDocument { row, enrollment, access })
}

/// The documents as the caller sees them: three queries however many.
pub(crate) fn views(
    c: &mut DbConnection,
    rows: &[DocumentRow],
    candidate: UserId,
    access: &DocumentAccess,
) -> Result<Vec<Document>, ApiError> {
    let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
    let versions = documents::versions_of(c, &ids)?;
    let mut people: Vec<UserId> = versions.iter().map(|v| v.uploaded_by).collect();
    people.push(candidate);
    let people = users::refs(c, &people)?;
    rows.iter().map(|r| to_json(r, &versions, &people, candidate, access)).collect()
}

fn to_json(
    r: &DocumentRow,
    versions: &[VersionRow],
    people: &[UserRef],
    candidate: UserId,
    access: &DocumentAccess,
) -> Result<Document, ApiError> {
    let person = |id: UserId| crate::people::person(people, id);
    let versions: Vec<DocumentVersion> = versions
        .iter()
        .filter(|v| v.document_id == r.id)
        .map(|v| {
            Ok(DocumentVersion {
                number: v.number.max(0) as u32,
                size_bytes: v.size_bytes.max(0) as u64,
                sha256: v.sha256.clone(),
                uploaded_by: person(v.uploaded_by)?,
                uploaded_at: v.uploaded_at.assume_utc(),
            })
        })
        .collect::<Result<_, ApiError>>()?;
    let current = versions.first().cloned().ok_or_else(|| ApiError::Internal("a document without a file".into()))?;
    let f = &r.form;
    Ok(Document {
        id: r.id.uuid(),
        program_id: r.program_id.uuid(),
        enrollment_id: r.enrollment_id.uuid(),
        candidate: person(candidate)?,
        kind: f.kind,
        title: f.title.clone(),
        activity_date: f.activity_date,
        minutes: f.minutes.map(|m| m.max(0) as u32),
        coaching_log_id: f.coaching_log_id.map(|l| l.uuid()),
        professional_learning_id: f.professional_learning_id.map(|l| l.uuid()),
        experience_id: f.experience_id.map(|l| l.uuid()),
        request_id: f.request_id.map(|l| l.uuid()),
        confidential: f.is_confidential(),
        file_name: document::file_name(f.activity_date, &f.title, f.kind),
        current,
        versions,
        created_at: r.created_at.assume_utc(),
        updated_at: r.updated_at.assume_utc(),
        version: r.version,
        can: DocumentActions { replace: access.may_upload().is_ok(), delete: access.may_delete(r).is_ok() },
    })
}

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

/// Checks what a document is attached to: one record at most, the candidate's, of a type it
/// takes (a professional learning its three PDFs, a job shadow or visit its summary, a request
/// its form, a waiver's papers or another document), a professional learning not yet approved
/// and a request still open or decided, one the uploader reads. 422 (409 when closed) naming
/// the field.
pub(crate) fn check_attached(
    c: &mut DbConnection,
    form: &DocumentForm,
    e: &EnrollmentRow,
    access: &DocumentAccess,
) -> Result<(), ApiError> {
    let mut errors = Vec::new();
    let attached = [
        form.coaching_log_id.is_some(),
        form.professional_learning_id.is_some(),
        form.experience_id.is_some(),
        form.request_id.is_some(),
    ];
    if attached.iter().filter(|a| **a).count() > 1 {
        errors.push(FieldError::new("experience_id", "a document supports one record; attach it to one"));
    }
    let not_theirs = |field: &str, what: &str, enrollment: Option<EnrollmentId>| {
        (enrollment != Some(e.id)).then(|| FieldError::new(field, format!("is not one of this candidate's {what}")))
    };
    if let Some(id) = form.coaching_log_id {
        errors.extend(not_theirs(
            "coaching_log_id",
            "coaching logs",
            coaching_logs::find(c, id).found()?.map(|r| r.enrollment_id),
        ));
    }
    let mut approved = false;
    if let Some(id) = form.professional_learning_id {
        let found = professional_learning::find(c, id).found()?;
        errors.extend(not_theirs(
            "professional_learning_id",
            "professional learning records",
            found.as_ref().map(|r| r.enrollment_id),
        ));
        approved = found.is_some_and(|r| r.status == PlStatus::Approved);
        if !REQUIRED_DOCUMENTS.contains(&form.kind) {
            errors.push(FieldError::new(
                "kind",
                "a professional learning takes its PL reflection form, agenda and sign-in sheet",
            ));
        }
    }
    if let Some(id) = form.experience_id {
        let found = job_shadows::find(c, id).found()?;
        errors.extend(not_theirs(
            "experience_id",
            "job shadows and school visits",
            found.as_ref().map(|r| r.enrollment_id),
        ));
        if let Some(wanted) = found.map(|r| r.kind.summary_kind()).filter(|k| *k != form.kind) {
            errors.push(FieldError::new("kind", format!("this one takes its {}", wanted.label())));
        }
    }
    let mut closed = false;
    if let Some(id) = form.request_id {
        let found =
            requests::find(c, id).found()?.filter(|r| access.access.allows(EnrollmentPermission::ReadRequest(r.kind)));
        errors.extend(not_theirs("request_id", "requests", found.as_ref().map(|r| r.enrollment_id)));
        closed = found.is_some_and(|r| matches!(r.status, RequestStatus::Done | RequestStatus::Cancelled));
        if !REQUEST_DOCUMENTS.contains(&form.kind) {
            errors.push(FieldError::new(
                "kind",
                "a request takes its request form, a doctoral waiver's papers or another document",
            ));
        }
    }
    Invalid::check(errors)?;
    if approved {
        return Err(ApiError::conflict("professional_learning_id", "is approved; its evidence is closed"));
    }
    if closed {
        return Err(ApiError::conflict("request_id", "is closed; nothing more is attached to it"));
    }
    Ok(())
}

/// The types of document a request takes.
const REQUEST_DOCUMENTS: [DocumentKind; 3] =
    [DocumentKind::RequestForm, DocumentKind::DoctoralWaiver, DocumentKind::Other];

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
