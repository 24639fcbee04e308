use super::json::Ilp;
use super::record::{to_json, IlpContext, IlpRecord};
use crate::capabilities::{Caller, EnrollmentPermission, Reach};
use crate::error::{ApiError, OrNotFound};
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::{enrollments, ilps, users};
use uuid::Uuid;

/// A candidate's ILPs, by program year
///
/// Confidential like coaching logs. Every plan returned is recorded as read.
#[utoipa::path(tag = "ILPs", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = Vec<Ilp>)))]
#[get("/enrollments/{enrollment_id}/ilps")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<Ilp>>, ApiError> {
    let enrollment_id = EnrollmentId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let e = enrollments::find(c, enrollment_id).or_not_found("enrollment")?;
            let context = IlpContext::load(c, &me, e)?;
            context.access.require(EnrollmentPermission::ReadRecords)?;
            let reach = Reach::load(c, &me, context.access, enrollment_id)?;
            let rows: Vec<_> = ilps::of_enrollment(c, enrollment_id)?.into_iter().filter(|r| reach.covers(r)).collect();
            reads.read(me.id(), IlpRecord::ENTITY, rows.iter().map(|r| (r.program_id, r.id.to_string())));
            let mut ids: Vec<_> = rows.iter().flat_map(|r| [r.candidate_id, r.created_by, r.updated_by]).collect();
            ids.sort_unstable();
            ids.dedup();
            let people = users::refs(c, &ids)?;
            Ok(rows.iter().map(|r| to_json(r, &people, context.can(r), context.window)).collect())
        })
        .await?;
    Ok(web::Json(out))
}
