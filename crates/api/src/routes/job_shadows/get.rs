use super::json::Experience;
use super::record::{load, ExperienceRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::ids::ExperienceId;
use uuid::Uuid;

/// Read a job shadow or school visit summary
///
/// For the candidate, their coaches and the program's coordinators and director; reads are
/// audited.
#[utoipa::path(tag = "job shadows and visits", params(("experience_id" = Uuid, Path)), responses((status = 200, body = Experience)))]
#[get("/job-shadows-and-visits/{experience_id}")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = ExperienceId::from(path.into_inner());
    let reads = state.reads.clone();
    let record = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            reads.read(me.id(), ExperienceRecord::ENTITY, [(loaded.row.program_id, id.to_string())]);
            ExperienceRecord::view(c, &loaded.row, &loaded.context)
        })
        .await?;
    Ok(ok_tagged(record.version, &record))
}
