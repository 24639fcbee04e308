use super::json::{CompletionVerification, SignForm};
use super::record::{load, CompletionRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel::{self, Loaded};
use crate::routes::enrollments::record::EnrollmentRecord;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::completion::{CompletionStep, Signer};
use coachfolio_domain::enrollment::EnrollmentStep;
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::enrollments;
use uuid::Uuid;

/// Sign the completion form
///
/// Once both columns have confirmed every item, in the handbook's order: the candidate, their
/// current coach, the district representative of their district, a coordinator, each as
/// themselves (403 signing as someone else; 409 out of order, naming `signer`). The
/// coordinator's signature completes the enrollment (`status` becomes `completed`, in the
/// same transaction).
#[utoipa::path(tag = "completion", request_body = SignForm,
    params(("enrollment_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = CompletionVerification)))]
#[post("/enrollments/{enrollment_id}/completion/signatures")]
pub async fn sign(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<SignForm>,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let signer = body.0.signer;
    let form = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_sign(signer)?;
            let access = loaded.context.access;
            let form = kernel::update::<CompletionRecord>(
                c,
                &me,
                if_match,
                loaded,
                CompletionStep::Signed(signer),
                |_, _, _| Ok(vec![]),
            )?;
            let row = enrollments::find(c, id)?;
            // An enrollment completed by hand before the form existed stays as it is.
            if signer != Signer::Coordinator || !row.status.is_active() {
                return Ok(form);
            }
            let loaded = Loaded::<EnrollmentRecord> { row, context: access };
            let version = IfMatch(loaded.row.version);
            kernel::update::<EnrollmentRecord>(c, &me, version, loaded, EnrollmentStep::Completed, |_, _, _| {
                Ok(vec![])
            })?;
            let reloaded = load(c, &me, id)?;
            <CompletionRecord as kernel::Record>::view(c, &reloaded.row, &reloaded.context)
        })
        .await?;
    Ok(ok_tagged(form.version, &form))
}
