use super::json::CandidateGrowth;
use super::record::{ReflectionContext, ReflectionRecord};
use crate::capabilities::{Caller, EnrollmentPermission, Reach};
use crate::error::ApiError;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_domain::reflection::{growth, ReflectionStatus};
use coachfolio_persistence::reflections;
use std::collections::BTreeMap;
use uuid::Uuid;

/// A candidate's growth: the submitted terms side by side, element by element and by standard
///
/// Confidential like the reflections it compares; each is recorded as read.
#[utoipa::path(tag = "reflections", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = CandidateGrowth)))]
#[get("/enrollments/{enrollment_id}/growth")]
pub async fn growth_of(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<CandidateGrowth>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let context = ReflectionContext::load(c, &me, id)?;
            context.access.require(EnrollmentPermission::ReadRecords)?;
            let reach = Reach::load(c, &me, context.access, id)?;
            let rows: Vec<_> = reflections::of_enrollment(c, id)?
                .into_iter()
                .filter(|r| r.status == ReflectionStatus::Submitted && reach.covers(r))
                .collect();
            reads.read(me.id(), ReflectionRecord::ENTITY, rows.iter().map(|r| (r.program_id, r.id.to_string())));
            let terms: BTreeMap<_, _> = rows.iter().map(|r| (r.term, &r.entries.0)).collect();
            Ok(CandidateGrowth {
                enrollment_id: id.uuid(),
                terms: terms.keys().copied().collect(),
                growth: growth(&terms),
            })
        })
        .await?;
    Ok(web::Json(out))
}
