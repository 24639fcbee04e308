use super::json::{NewReflection, Reflection};
use super::record::{ReflectionContext, ReflectionRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::reflections::{self, NewReflection as NewRow};
use uuid::Uuid;

/// Start a term's reflection
///
/// For the candidate; one reflection per term (409 for a second).
#[utoipa::path(tag = "reflections", request_body = NewReflection, params(("enrollment_id" = Uuid, Path)), responses((status = 201, body = Reflection)))]
#[post("/enrollments/{enrollment_id}/reflections")]
pub async fn create(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewReflection>,
) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let term = body.0.term;
    let reflection = state
        .write(move |c| {
            let context = ReflectionContext::load(c, &me, id)?;
            context.may_start()?;
            if reflections::of_enrollment(c, id)?.iter().any(|r| r.term == term) {
                return Err(ApiError::conflict("term", format!("the {term} reflection is already started")));
            }
            let row = reflections::insert(c, &NewRow::start(&context.scope.enrollment, term))?;
            kernel::created::<ReflectionRecord>(c, &me, &row, &context)
        })
        .await?;
    Ok(created_tagged(reflection.version, &reflection))
}
