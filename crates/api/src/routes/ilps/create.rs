use super::json::{Ilp, IlpFieldsBody};
use super::record::{IlpContext, IlpRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::enrollments;
use coachfolio_persistence::ilps::{self, NewIlp};
use uuid::Uuid;

/// Start an ILP (a draft)
///
/// For the candidate and their current coach. Every field is optional so the form saves as
/// people type; the program year defaults to the current one. A plan is checked in full when
/// it is put into action and when it is completed.
#[utoipa::path(tag = "ILPs", request_body = IlpFieldsBody, params(("enrollment_id" = Uuid, Path)), responses((status = 201, body = Ilp)))]
#[post("/enrollments/{enrollment_id}/ilps")]
pub async fn create(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<IlpFieldsBody>,
) -> Result<HttpResponse, ApiError> {
    let enrollment_id = EnrollmentId::from(path.into_inner());
    let ilp = state
        .write(move |c| {
            let e = enrollments::find(c, enrollment_id).or_not_found("enrollment")?;
            let context = IlpContext::load(c, &me, e)?;
            context.may_write()?;
            let mut new =
                NewIlp::draft(&context.enrollment, me.id(), context.today_year.min(context.years), context.today);
            body.0.apply(&mut new.program_year, &mut new.form);
            context.check(new.status, new.program_year, &new.form)?;
            let row = ilps::insert(c, &new)?;
            kernel::created::<IlpRecord>(c, &me, &row, &context)
        })
        .await?;
    Ok(created_tagged(ilp.version, &ilp))
}
