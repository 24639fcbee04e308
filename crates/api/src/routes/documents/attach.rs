//! What a document is attached to: the record it names, asked through `Attachable`.

use crate::attachable::Attachable;
use crate::capabilities::EnrollmentAccess;
use crate::error::ApiError;
use crate::routes::coaching_logs::record::Log;
use crate::routes::job_shadows::record::ExperienceRecord;
use crate::routes::professional_learning::record::PlRecord;
use crate::routes::requests::record::RequestRecord;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::documents::DocumentForm;
use coachfolio_persistence::enrollments::EnrollmentRow;
use coachfolio_persistence::DbConnection;

/// Checks what a document is attached to: one record at most, of the candidate's, that takes
/// its type and still takes evidence. 422 naming the field (409 when the record is closed).
pub(crate) fn check(
    c: &mut DbConnection,
    form: &DocumentForm,
    e: &EnrollmentRow,
    access: EnrollmentAccess,
) -> Result<(), ApiError> {
    let mut errors = Vec::new();
    let mut closed = None;
    let named = [Log::named(form), PlRecord::named(form), ExperienceRecord::named(form), RequestRecord::named(form)];
    if named.iter().filter(|n| **n).count() > 1 {
        errors.push(FieldError::new("experience_id", "a document supports one record; attach it to one"));
    }
    supported::<Log>(c, form, e, access, &mut errors, &mut closed)?;
    supported::<PlRecord>(c, form, e, access, &mut errors, &mut closed)?;
    supported::<ExperienceRecord>(c, form, e, access, &mut errors, &mut closed)?;
    supported::<RequestRecord>(c, form, e, access, &mut errors, &mut closed)?;
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
