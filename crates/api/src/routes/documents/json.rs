//! Documents on the wire.

use coachfolio_domain::document::{self, DocumentKind};
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::documents::DocumentRow;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// A document attached to a record.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AttachedDocument {
    pub id: Uuid,
    pub kind: DocumentKind,
    pub title: String,
    pub file_name: String,
}

impl AttachedDocument {
    /// The documents of `docs` that `supports` says are attached to one record.
    pub fn list(docs: &[DocumentRow], supports: impl Fn(&DocumentRow) -> bool) -> Vec<AttachedDocument> {
        docs.iter()
            .filter(|d| supports(d))
            .map(|d| AttachedDocument {
                id: d.id.uuid(),
                kind: d.form.kind,
                title: d.form.title.clone(),
                file_name: document::file_name(d.form.activity_date, &d.form.title, d.form.kind),
            })
            .collect()
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Document {
    pub id: Uuid,
    pub program_id: Uuid,
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub kind: DocumentKind,
    /// The activity's name.
    pub title: String,
    pub activity_date: Date,
    /// Professional learning it documents, in minutes (the handbook's hours dropdown).
    pub minutes: Option<u32>,
    /// The coaching log it is attached to.
    pub coaching_log_id: Option<Uuid>,
    /// The alternative professional learning it validates.
    pub professional_learning_id: Option<Uuid>,
    /// The job shadow or school visit it summarises.
    pub experience_id: Option<Uuid>,
    /// The request it supports (read only by those who read the request).
    pub request_id: Option<Uuid>,
    /// As confidential as coaching records (otherwise the enrollment's paperwork, which the
    /// district representative of the candidate's district reads too).
    pub confidential: bool,
    /// The download's name: date, activity, type of document.
    #[schema(example = "2016-07-18.Equity in education.PL sign-in sheet.pdf")]
    pub file_name: String,
    pub current: DocumentVersion,
    /// Every version, newest first.
    pub versions: Vec<DocumentVersion>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub version: i32,
    pub can: DocumentActions,
}

/// One uploaded file of a document.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DocumentVersion {
    pub number: u32,
    pub size_bytes: u64,
    pub sha256: String,
    pub uploaded_by: UserRef,
    #[serde(with = "time::serde::rfc3339")]
    pub uploaded_at: OffsetDateTime,
}

#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct DocumentActions {
    /// Upload a new version (the candidate, their current coach, the program's coordinators).
    pub replace: bool,
    /// Delete it with its versions (the program's coordinators, or whoever uploaded it).
    pub delete: bool,
}

/// The multipart form of an upload: the fields first, the file last.
#[derive(Debug, ToSchema)]
#[allow(dead_code)] // Describes the multipart body for the contract; the handler reads the parts.
pub struct DocumentUpload {
    pub kind: DocumentKind,
    #[schema(min_length = 1, max_length = 200, example = "Equity in education")]
    pub title: String,
    #[schema(value_type = String, format = Date, example = "2016-07-18")]
    pub activity_date: Date,
    #[schema(minimum = 0, maximum = 1440)]
    pub minutes: Option<u32>,
    pub coaching_log_id: Option<Uuid>,
    pub professional_learning_id: Option<Uuid>,
    pub experience_id: Option<Uuid>,
    pub request_id: Option<Uuid>,
    /// The PDF.
    #[schema(value_type = String, format = Binary)]
    pub file: Vec<u8>,
}

/// The multipart form of a new version: the file alone.
#[derive(Debug, ToSchema)]
#[allow(dead_code)] // Describes the multipart body for the contract; the handler reads the part.
pub struct DocumentFile {
    #[schema(value_type = String, format = Binary)]
    pub file: Vec<u8>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FileQuery {
    /// Which version (default: the current one).
    #[param(minimum = 1)]
    pub version: Option<u32>,
}
