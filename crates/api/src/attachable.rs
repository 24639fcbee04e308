//! The records a document can support (a coaching log, a professional learning, a job shadow or
//! visit, a request): each kind says, in its own module, what evidence it takes and when it
//! takes no more. A document asks the one it names.

use crate::capabilities::EnrollmentAccess;
use crate::error::ApiError;
use coachfolio_domain::document::DocumentKind;
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::documents::DocumentForm;
use coachfolio_persistence::enrollments::EnrollmentRow;
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

/// Checks what a document is attached to: one record at most, of the candidate's, that takes
/// its type and still takes evidence. 422 naming the field (409 when the record is closed).
pub(crate) fn check(
    c: &mut DbConnection,
    form: &DocumentForm,
    e: &EnrollmentRow,
    access: EnrollmentAccess,
) -> Result<(), ApiError> {
    use crate::routes::{coaching_logs, job_shadows, professional_learning, requests};
    let mut errors = Vec::new();
    let mut closed = None;
    let named = [
        coaching_logs::record::Log::named(form),
        professional_learning::record::PlRecord::named(form),
        job_shadows::record::ExperienceRecord::named(form),
        requests::record::RequestRecord::named(form),
    ];
    if named.iter().filter(|n| **n).count() > 1 {
        errors.push(FieldError::new("experience_id", "a document supports one record; attach it to one"));
    }
    supported::<coaching_logs::record::Log>(c, form, e, access, &mut errors, &mut closed)?;
    supported::<professional_learning::record::PlRecord>(c, form, e, access, &mut errors, &mut closed)?;
    supported::<job_shadows::record::ExperienceRecord>(c, form, e, access, &mut errors, &mut closed)?;
    supported::<requests::record::RequestRecord>(c, form, e, access, &mut errors, &mut closed)?;
    Invalid::check(errors)?;
    match closed {
        Some((field, why)) => Err(ApiError::conflict(field, why)),
        None => Ok(()),
    }
}

/// Checks the record of kind `A` that `form` names, if it names one.
fn supported<A: Attachable>(
    c: &mut DbConnection,
    form: &DocumentForm,
    e: &EnrollmentRow,
    access: EnrollmentAccess,
    errors: &mut Vec<FieldError>,
    closed: &mut Option<(&'static str, &'static str)>,
) -> Result<(), ApiError> {
    if !A::named(form) {
        return Ok(());
    }
    match A::support(c, form, access)?.filter(|s| s.enrollment_id == e.id) {
        None => errors.push(FieldError::new(A::FIELD, format!("is not one of this candidate's {}", A::WHAT))),
        Some(s) => {
            if let Some((kinds, what)) = &s.takes {
                if !kinds.contains(&form.kind) {
                    errors.push(FieldError::new("kind", what.clone()));
                }
            }
            if let Some(why) = s.closed {
                closed.get_or_insert((A::FIELD, why));
            }
        }
    }
    Ok(())
}
