use super::json::{NewProfessionalLearning, ProfessionalLearning};
use super::record::{PlContext, PlRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::{EnrollmentId, IlpId};
use coachfolio_persistence::enrollments;
use coachfolio_persistence::professional_learning::{self as pl, NewPl, PlForm};
use coachfolio_persistence::Json;
use uuid::Uuid;

/// Record an alternative professional learning
///
/// The handbook's PL reflection form, as a draft, by the candidate or their current coach:
/// title, date (not ahead of today), time (over 0, at most 24 hours), the ILP it relates to,
/// the standards, placement and summary. Attach its three PDFs as documents, then submit it.
#[utoipa::path(tag = "professional learning", request_body = NewProfessionalLearning,
    params(("enrollment_id" = Uuid, Path)), responses((status = 201, body = ProfessionalLearning)))]
#[post("/enrollments/{enrollment_id}/professional-learning")]
pub async fn create(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewProfessionalLearning>,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let b = body.0;
    let record = state
        .write(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let context = PlContext::load(c, &me, e)?;
            context.may_write()?;
            let form = PlForm {
                title: b.title.trim().to_string(),
                activity_date: b.activity_date,
                minutes: b.minutes,
                ilp_id: b.ilp_id.map(IlpId::from),
                reflection: Json(b.reflection),
            };
            context.check(c, &form)?;
            let row = pl::insert(c, &NewPl::draft(&context.enrollment, form, me.id()))?;
            kernel::created::<PlRecord>(c, &me, &row, &context)
        })
        .await?;
    Ok(created_tagged(record.version, &record))
}
