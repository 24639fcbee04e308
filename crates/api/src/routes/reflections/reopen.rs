use super::json::{Reflection, ReopenRequest};
use super::record::{load, ReflectionRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel::{self, Taken};
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::ReflectionId;
use coachfolio_domain::reflection::ReflectionStep;
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use uuid::Uuid;

/// Reopen a submitted reflection
///
/// For the program's coordinators, with the reason; the submitted version is kept in its
/// history and the candidate may change and submit it again.
#[utoipa::path(tag = "reflections", request_body = ReopenRequest,
    params(("reflection_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Reflection)))]
#[post("/reflections/{reflection_id}/reopen")]
pub async fn reopen(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<ReopenRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = ReflectionId::from(path.into_inner());
    let reason = body.0.reason.trim().to_string();
    let mut errors = Vec::new();
    check_text("reason", &reason, 2000, &mut errors);
    Invalid::check(errors)?;
    let reflection = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_reopen(&loaded.row)?;
            let step = Taken { step: ReflectionStep::Reopened, note: Some(reason) };
            kernel::update::<ReflectionRecord>(c, &me, if_match, loaded, step, |_, _, _| Ok(vec![]))
        })
        .await?;
    Ok(ok_tagged(reflection.version, &reflection))
}
