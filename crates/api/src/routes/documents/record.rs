//! Who reads, uploads and deletes documents, and how a document is shown.

use super::json::{Document, DocumentActions, DocumentVersion};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission, Reach};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{Loaded, Record};
use coachfolio_domain::document;
use coachfolio_domain::document::DocumentStep;
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::ids::{DocumentId, RequestId, UserId};
use coachfolio_domain::request::RequestKind;
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::documents::{self, DocumentRow, VersionRow};
use coachfolio_persistence::enrollments::{self, EnrollmentRow};
use coachfolio_persistence::{requests, users, DbConnection};
use serde_json::json;
use serde_json::Value;

/// The document kind: uploaded (`kernel::created`), given new versions (`kernel::update`),
/// deleted (`kernel::discard`, its files removed once that is committed), as every record is.
pub(crate) struct DocumentRecord;

/// A document's context: the caller's access to its enrollment's documents, and the enrollment.
pub(crate) struct DocumentContext {
    pub access: DocumentAccess,
    pub enrollment: EnrollmentRow,
}

impl DocumentContext {
    pub fn load(
        c: &mut DbConnection,
        me: &CurrentUser,
        enrollment: EnrollmentRow,
    ) -> Result<DocumentContext, ApiError> {
        Ok(DocumentContext { access: DocumentAccess::load(c, me, &enrollment)?, enrollment })
    }
}

impl Record for DocumentRecord {
    type Row = DocumentRow;
    type Context = DocumentContext;
    type View = Document;
    type Step = DocumentStep;
    const ENTITY: &'static str = "document";
    const CREATED: &'static str = "uploaded";
    const REMOVED: &'static str = "deleted";

    fn program_id(row: &DocumentRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    /// Evidence, and whatever supports a request, is confidential (`DocumentForm::is_confidential`).
    fn confidential(row: &DocumentRow) -> bool {
        row.form.is_confidential()
    }

    fn view(c: &mut DbConnection, row: &DocumentRow, ctx: &DocumentContext) -> Result<Document, ApiError> {
        Ok(views(c, std::slice::from_ref(row), ctx.enrollment.candidate_id, &ctx.access)?.remove(0))
    }

    /// Its type and current file, never its title (the uploader's text).
    fn audited(_: &Document, after: &Document, _: &[&str]) -> (Option<Value>, Option<Value>) {
        let f = &after.current;
        let after = json!({"kind": after.kind, "version": f.number, "size_bytes": f.size_bytes, "sha256": f.sha256});
        (None, Some(after))
    }
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

/// Loads a document for `me`; 404 when they may not read it.
pub(crate) fn load(c: &mut DbConnection, me: &CurrentUser, id: DocumentId) -> Result<Loaded<DocumentRecord>, ApiError> {
    let row = documents::find(c, id).or_not_found("document")?;
    let enrollment = enrollments::find(c, row.enrollment_id)?;
    let context = DocumentContext::load(c, me, enrollment).map_err(|_| ApiError::not_found("document"))?;
    let row = context.access.readable(c, vec![row])?.pop().ok_or_else(|| ApiError::not_found("document"))?;
    Ok(Loaded { row, context })
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
