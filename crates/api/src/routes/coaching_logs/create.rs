use super::json::{CoachingLog, LogFieldsBody};
use super::record::{check, rules_of, Log, LogContext};
use crate::body::Body;
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::{ApiError, OrNotFound};
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::coaching_logs::{self as logs, NewLog};
use coachfolio_persistence::enrollments;
use uuid::Uuid;

/// Start a coaching log (a draft)
///
/// For the candidate's current coach. Every field is optional so the form can save as the
/// coach types; the rules are checked in full on submit.
#[utoipa::path(tag = "coaching logs", request_body = LogFieldsBody, params(("enrollment_id" = Uuid, Path)), responses((status = 201, body = CoachingLog)))]
#[post("/enrollments/{enrollment_id}/coaching-logs")]
pub async fn create(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<LogFieldsBody>,
) -> Result<HttpResponse, ApiError> {
    let enrollment_id = EnrollmentId::from(path.into_inner());
    let log = state
        .write(move |c| {
            let e = enrollments::find(c, enrollment_id).or_not_found("enrollment")?;
            let access = me.enrollment(c, &e)?;
            access.require(EnrollmentPermission::WriteCoachingLog)?;
            let mut new = NewLog::draft(&e, me.id());
            body.0.apply(&mut new.form)?;
            let row = logs::insert(c, &new)?;
            let rules = rules_of(c, e.program_id)?;
            check(c, &row, &e, &rules, false)?;
            let context = LogContext { me: me.id(), access, enrollment: e, people: Vec::new() };
            kernel::created::<Log>(c, &me, &row, &context)
        })
        .await?;
    Ok(created_tagged(log.version, &log))
}
