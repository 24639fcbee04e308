use super::json::{QueueQuery, QueuedRequest};
use crate::capabilities::{Caller, EnrollmentAccess, EnrollmentPermission, ProgramPermission, Relation};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::request::RequestStatus;
use coachfolio_persistence::{requests, users};
use uuid::Uuid;

/// The program's requests to handle, oldest first
///
/// For the program's coordinators and director: the open requests (submitted or under
/// review) unless `status` says otherwise, with who decides each. No form text: open one to
/// read it.
#[utoipa::path(tag = "requests", params(("program_id" = Uuid, Path), QueueQuery), responses((status = 200, body = Vec<QueuedRequest>)))]
#[get("/programs/{program_id}/requests")]
pub async fn queue(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<QueueQuery>,
) -> Result<web::Json<Vec<QueuedRequest>>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    let out = state
        .read(move |c| {
            let access = me.program(c, id)?;
            access.require(ProgramPermission::HandleRequests)?;
            let statuses = match q.status {
                Some(s) => vec![s],
                None => vec![RequestStatus::Submitted, RequestStatus::UnderReview],
            };
            let rows: Vec<_> = requests::of_program(c, id, &statuses)?
                .into_iter()
                .filter(|r| q.kind.is_none_or(|k| r.kind == k))
                .collect();
            let mut people: Vec<_> = rows.iter().map(|r| r.candidate_id).collect();
            people.sort_unstable();
            people.dedup();
            let people = users::refs(c, &people)?;
            rows.iter()
                .map(|r| {
                    let candidate = crate::people::person(&people, r.candidate_id)?;
                    let decider = r.kind.decider();
                    Ok(QueuedRequest {
                        id: r.id.uuid(),
                        enrollment_id: r.enrollment_id.uuid(),
                        candidate,
                        kind: r.kind,
                        status: r.status,
                        decided_by_role: decider,
                        submitted_at: r.created_at.assume_utc(),
                        you_decide: EnrollmentAccess::listed(&access, &me, r.candidate_id, Relation::District)
                            .allows(EnrollmentPermission::DecideRequest(decider)),
                    })
                })
                .collect()
        })
        .await?;
    Ok(web::Json(out))
}
