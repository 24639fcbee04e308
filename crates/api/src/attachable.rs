//! The records a document can support (a coaching log, a professional learning, a job shadow or
//! visit, a request): each kind says, in its own module, what evidence it takes and when it
//! takes no more. A document asks the one it names (`routes::documents::attach`).

use crate::capabilities::EnrollmentAccess;
use crate::error::ApiError;
use coachfolio_domain::document::DocumentKind;
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::documents::DocumentForm;
use coachfolio_persistence::DbConnection;

/// What a record says of the evidence it takes.
pub(crate) struct Support {
    pub enrollment_id: EnrollmentId,
    /// The types of document it takes (`None`: any), and how a refusal names them.
    pub takes: Option<(Vec<DocumentKind>, String)>,
    /// Why it takes no more evidence, if so (a 409 naming its field).
    pub closed: Option<&'static str>,
}

pub(crate) trait Attachable {
    /// The upload's field naming it (`coaching_log_id`).
    const FIELD: &'static str;
    /// How a refusal names the kind ("coaching logs").
    const WHAT: &'static str;

    /// Whether `form` names a record of this kind.
    fn named(form: &DocumentForm) -> bool;

    /// What the record `form` names takes; `None` when there is none the uploader reads.
    fn support(
        c: &mut DbConnection,
        form: &DocumentForm,
        access: EnrollmentAccess,
    ) -> Result<Option<Support>, ApiError>;
}
