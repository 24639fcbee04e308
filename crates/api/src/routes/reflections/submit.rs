use super::json::Reflection;
use super::record::{load, ReflectionRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::ReflectionId;
use coachfolio_domain::reflection::check_submit;
use coachfolio_domain::reflection::ReflectionStep;
use uuid::Uuid;

/// Submit a reflection
///
/// Every element rated, with evidence unless N/A (422 naming each one missing). It is then
/// read-only until a coordinator reopens it.
#[utoipa::path(tag = "reflections",
    params(("reflection_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Reflection)))]
#[post("/reflections/{reflection_id}/submit")]
pub async fn submit(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = ReflectionId::from(path.into_inner());
    let reflection = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_write(&loaded.row)?;
            kernel::update::<ReflectionRecord>(c, &me, if_match, loaded, ReflectionStep::Submitted, |_, row, _| {
                check_submit(&row.entries)?;
                Ok(vec![])
            })
        })
        .await?;
    Ok(ok_tagged(reflection.version, &reflection))
}
