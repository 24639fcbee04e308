use super::json::ProfessionalLearning;
use super::record::{people_of, to_json, PlContext, PlRecord};
use crate::capabilities::{Caller, EnrollmentPermission, Reach};
use crate::error::{ApiError, OrNotFound};
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::documents::{self, AttachedTo};
use coachfolio_persistence::professional_learning as pl;
use coachfolio_persistence::{enrollments, users};
use uuid::Uuid;

/// A candidate's alternative professional learning, latest first
///
/// Confidential like ILPs; every record returned is recorded as read.
#[utoipa::path(tag = "professional learning", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = Vec<ProfessionalLearning>)))]
#[get("/enrollments/{enrollment_id}/professional-learning")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Vec<ProfessionalLearning>>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            let context = PlContext::load(c, &me, e)?;
            context.access.require(EnrollmentPermission::ReadRecords)?;
            let reach = Reach::load(c, &me, context.access, id)?;
            let rows: Vec<_> = pl::of_enrollment(c, id)?.into_iter().filter(|r| reach.covers(r)).collect();
            reads.read(me.id(), PlRecord::ENTITY, rows.iter().map(|r| (r.program_id, r.id.to_string())));
            let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
            let docs = documents::attached_to(c, AttachedTo::ProfessionalLearning(&ids))?;
            let people = users::refs(c, &people_of(&rows))?;
            rows.iter().map(|r| to_json(r, &docs, &people, context.can(r))).collect()
        })
        .await?;
    Ok(web::Json(out))
}
