use super::json::{Enrollment, StatusChange};
use super::record::{load_to_change, EnrollmentRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::kernel::Taken;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::enrollment::EnrollmentStep;
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_domain::user::check_optional_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::completion_verifications;
use uuid::Uuid;

/// Move an enrollment to another status
///
/// For the program's coordinators. Allowed: applied → enrolled or withdrawn; completed →
/// recommended, once the Program Completion Verification is signed by all four parties (409
/// naming `status` and what is missing). An enrollment becomes completed by the coordinator's
/// signature on that form, never here (409 naming what is missing while it is not signed). Extending or
/// withdrawing a started enrollment is an approved request's effect (the year and its fee, or
/// the end of the coaching and of the installments), so it is refused here naming `status`.
#[utoipa::path(tag = "enrollments", request_body = StatusChange,
    params(("enrollment_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Enrollment)))]
#[post("/enrollments/{enrollment_id}/status")]
pub async fn change_status(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<StatusChange>,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let StatusChange { status, note } = body.0;
    let mut errors = Vec::new();
    check_optional_text("note", note.as_deref(), 2000, &mut errors);
    Invalid::check(errors)?;
    let enrollment = state
        .write(move |c| {
            let loaded = load_to_change(c, &me, id)?;
            // A step the status allows waits for the signed form (409 naming what is missing);
            // a jump is refused naming what is allowed.
            if loaded.row.status.can_become(status) {
                completion_verifications::find(c, id)?.verification().allows_status(status)?;
            }
            let step = Taken { step: EnrollmentStep::StatusChanged(status), note };
            kernel::update::<EnrollmentRecord>(c, &me, if_match, loaded, step, |_, _, _| Ok(vec![]))
        })
        .await?;
    Ok(ok_tagged(enrollment.version, &enrollment))
}
