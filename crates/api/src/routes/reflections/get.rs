use super::json::Reflection;
use super::record::{load, ReflectionRecord};
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::ReflectionId;
use uuid::Uuid;

/// Read a reflection
///
/// For the candidate, their coach (a former coach, the reflections begun while they coached),
/// and the program's coordinators and director. Every read is recorded in the audit trail.
#[utoipa::path(tag = "reflections", params(("reflection_id" = Uuid, Path)), responses((status = 200, body = Reflection)))]
#[get("/reflections/{reflection_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = ReflectionId::from(path.into_inner());
    let reads = state.reads.clone();
    let reflection = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require(EnrollmentPermission::ReadRecords)?;
            reads.read(me.id(), ReflectionRecord::ENTITY, [(loaded.row.program_id, id.to_string())]);
            ReflectionRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(reflection.version, &reflection))
}
