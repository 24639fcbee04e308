use super::json::Request;
use super::record::{form_of, RequestContext, RequestRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_domain::request::RequestForm;
use coachfolio_domain::Invalid;
use coachfolio_persistence::enrollments;
use coachfolio_persistence::requests::{self, NewRequest};
use uuid::Uuid;

/// Submit a request
///
/// One of the handbook's forms, chosen by `kind`: change of coach, extension (one year, for
/// one of the handbook's circumstances, with an individual completion plan), withdrawal,
/// complaint, doctoral waiver. By the candidate, or a coordinator for them. One open request
/// of a kind at a time (409 naming `kind`); an extension only for an enrolled or extended
/// candidate.
#[utoipa::path(tag = "requests", request_body = RequestForm, params(("enrollment_id" = Uuid, Path)),
    responses((status = 201, body = Request)))]
#[post("/enrollments/{enrollment_id}/requests")]
pub async fn create(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<serde_json::Value>,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let form = form_of(body.0)?;
    let record = state
        .write(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let context = RequestContext::load(c, &me, e)?;
            context.may_submit(form.kind())?;
            Invalid::check(form.check(context.today))?;
            let kind = form.kind();
            let new = NewRequest::submitted(&context.enrollment, form, me.id());
            if !requests::insert(c, &new)? {
                return Err(ApiError::conflict(
                    "kind",
                    format!("{}: one is open already; it is decided before another is asked for", kind.label()),
                ));
            }
            let row = requests::find(c, new.id)?;
            kernel::created::<RequestRecord>(c, &me, &row, &context)
        })
        .await?;
    Ok(created_tagged(record.version, &record))
}
