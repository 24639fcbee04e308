//! Documents of the e-portfolio and their versions (the files themselves are in the storage).

use crate::schema::{document_versions as versions, documents};
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::document::DocumentKind;
use coachfolio_domain::ids::{
    DocumentId, DocumentVersionId, EnrollmentId, ExperienceId, LogId, ProfessionalLearningId, ProgramId, RequestId,
    UserId,
};
use diesel::prelude::*;
use time::{Date, PrimitiveDateTime};

/// What describes a document.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, AsChangeset, Insertable)]
#[diesel(table_name = documents, treat_none_as_null = true)]
pub struct DocumentForm {
    pub kind: DocumentKind,
    pub title: String,
    pub activity_date: Date,
    pub minutes: Option<i32>,
    pub coaching_log_id: Option<LogId>,
    pub professional_learning_id: Option<ProfessionalLearningId>,
    pub experience_id: Option<ExperienceId>,
    pub request_id: Option<RequestId>,
}

impl DocumentForm {
    /// Whether reading it is audited: evidence, and whatever supports a request.
    pub fn is_confidential(&self) -> bool {
        self.request_id.is_some() || self.kind.is_confidential()
    }
}

/// A document as read; a new version bumps its version and time.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = documents, treat_none_as_null = true)]
pub struct DocumentRow {
    #[diesel(skip_update)]
    pub id: DocumentId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub enrollment_id: EnrollmentId,
    #[diesel(embed)]
    pub form: DocumentForm,
    #[diesel(skip_update)]
    pub uploaded_by: UserId,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(DocumentRow, documents, DocumentId);

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = documents)]
pub struct NewDocument {
    pub id: DocumentId,
    pub program_id: ProgramId,
    pub enrollment_id: EnrollmentId,
    #[diesel(embed)]
    pub form: DocumentForm,
    pub uploaded_by: UserId,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewDocument {
    pub fn new(program_id: ProgramId, enrollment_id: EnrollmentId, form: DocumentForm, by: UserId) -> Self {
        let at = crate::now();
        NewDocument {
            id: DocumentId::new(),
            program_id,
            enrollment_id,
            form,
            uploaded_by: by,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

/// One stored file of a document.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = versions)]
pub struct VersionRow {
    pub id: DocumentVersionId,
    pub document_id: DocumentId,
    pub number: i32,
    pub storage_key: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_by: UserId,
    pub uploaded_at: PrimitiveDateTime,
}

pub fn insert(c: &mut crate::DbConnection, new: &NewDocument, first: &VersionRow) -> Result<DocumentRow, StoreError> {
    diesel::insert_into(documents::table).values(new).execute(c)?;
    add_version(c, first)?;
    find(c, new.id)
}

pub fn add_version(c: &mut crate::DbConnection, v: &VersionRow) -> Result<(), StoreError> {
    diesel::insert_into(versions::table).values(v).execute(c)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: DocumentId) -> Result<DocumentRow, StoreError> {
    Ok(documents::table.find(id).select(DocumentRow::as_select()).get_result(c)?)
}

/// An enrollment's documents, latest activity first.
pub fn of_enrollment(c: &mut crate::DbConnection, id: EnrollmentId) -> Result<Vec<DocumentRow>, StoreError> {
    Ok(documents::table
        .filter(documents::enrollment_id.eq(id))
        .order((documents::activity_date.desc(), documents::created_at.desc()))
        .select(DocumentRow::as_select())
        .load(c)?)
}

/// The versions of these documents, newest first: one query.
pub fn versions_of(c: &mut crate::DbConnection, ids: &[DocumentId]) -> Result<Vec<VersionRow>, StoreError> {
    Ok(versions::table
        .filter(versions::document_id.eq_any(ids))
        .order((versions::document_id, versions::number.desc()))
        .select(VersionRow::as_select())
        .load(c)?)
}

/// Deletes a document and its versions if it is still at `version`; answers the storage keys
/// of its files (to remove once the deletion is committed), or `None` when it moved on.
pub fn delete(c: &mut crate::DbConnection, id: DocumentId, version: i32) -> Result<Option<Vec<String>>, StoreError> {
    let keys: Vec<String> =
        versions::table.filter(versions::document_id.eq(id)).select(versions::storage_key).load(c)?;
    diesel::delete(versions::table.filter(versions::document_id.eq(id))).execute(c)?;
    let n = diesel::delete(documents::table.filter(documents::id.eq(id)).filter(documents::version.eq(version)))
        .execute(c)?;
    // The caller's transaction rolls the versions back when the document had moved on.
    Ok((n == 1).then_some(keys))
}

/// The records documents support, by kind.
#[derive(Debug, Clone, Copy)]
pub enum AttachedTo<'a> {
    CoachingLog(&'a [LogId]),
    ProfessionalLearning(&'a [ProfessionalLearningId]),
    Experience(&'a [ExperienceId]),
    Request(&'a [RequestId]),
}

/// The documents attached to these records, oldest first: one query however many.
pub fn attached_to(c: &mut crate::DbConnection, to: AttachedTo<'_>) -> Result<Vec<DocumentRow>, StoreError> {
    let q = documents::table.order(documents::created_at).select(DocumentRow::as_select()).into_boxed();
    let q = match to {
        AttachedTo::CoachingLog(ids) => q.filter(documents::coaching_log_id.eq_any(ids)),
        AttachedTo::ProfessionalLearning(ids) => q.filter(documents::professional_learning_id.eq_any(ids)),
        AttachedTo::Experience(ids) => q.filter(documents::experience_id.eq_any(ids)),
        AttachedTo::Request(ids) => q.filter(documents::request_id.eq_any(ids)),
    };
    Ok(q.load(c)?)
}

/// The enrollments (one line per document) of these enrollments of a program (all of them
/// when `None`) that have a document of `kind`: one query.
pub fn holders_of(
    c: &mut crate::DbConnection,
    program_id: ProgramId,
    enrollments: Option<&[EnrollmentId]>,
    kind: DocumentKind,
) -> Result<Vec<EnrollmentId>, StoreError> {
    let mut q =
        documents::table.filter(documents::program_id.eq(program_id)).filter(documents::kind.eq(kind)).into_boxed();
    if let Some(ids) = enrollments {
        q = q.filter(documents::enrollment_id.eq_any(ids));
    }
    Ok(q.select(documents::enrollment_id).load(c)?)
}
