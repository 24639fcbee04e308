use super::json::{Experience, NewExperience};
use super::record::{ExperienceContext, ExperienceRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::enrollments;
use coachfolio_persistence::job_shadows::{self, NewExperience as NewRow};
use uuid::Uuid;

/// Start a job shadow or school visit summary
///
/// By the candidate, as a draft. A job shadow's time, once given, must be at least the
/// program's minimum (4 hours: 422 naming `minutes` otherwise).
#[utoipa::path(tag = "job shadows and visits", request_body = NewExperience,
    params(("enrollment_id" = Uuid, Path)), responses((status = 201, body = Experience)))]
#[post("/enrollments/{enrollment_id}/job-shadows-and-visits")]
pub async fn create(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewExperience>,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let b = body.0;
    let record = state
        .write(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let context = ExperienceContext::load(c, &me, e)?;
            context.may_write()?;
            context.check(b.kind, b.activity_date, b.minutes, &b.form)?;
            let new = NewRow::draft(&context.enrollment, b.kind, b.activity_date, b.minutes, b.form);
            let row = job_shadows::insert(c, &new)?;
            kernel::created::<ExperienceRecord>(c, &me, &row, &context)
        })
        .await?;
    Ok(created_tagged(record.version, &record))
}
