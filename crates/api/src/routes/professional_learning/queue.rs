use super::json::{PlActions, ProfessionalLearning, QueueQuery};
use super::record::{people_of, to_json, PlRecord};
use crate::capabilities::{Caller, EnrollmentAccess, EnrollmentPermission, ProgramPermission, Relation};
use crate::error::ApiError;
use crate::kernel::Record;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::professional_learning::PlStatus;
use coachfolio_persistence::professional_learning as pl;
use coachfolio_persistence::{documents, users};
use uuid::Uuid;

/// The program's approval queue of alternative professional learning
///
/// The submitted records (or those in `status`), oldest submission first, each with its PDFs
/// and the ones missing. For the program's coordinators and director; reads are audited.
#[utoipa::path(tag = "professional learning", params(("program_id" = Uuid, Path), QueueQuery), responses((status = 200, body = Vec<ProfessionalLearning>)))]
#[get("/programs/{program_id}/professional-learning")]
pub async fn queue(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<QueueQuery>,
) -> Result<web::Json<Vec<ProfessionalLearning>>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let status = query.into_inner().status.unwrap_or(PlStatus::Submitted);
    let reads = state.reads.clone();
    let out = state
        .read(move |c| {
            let access = me.program(c, id)?;
            // Confidential: the installation administrator does not read it.
            access.require(ProgramPermission::ReviewProfessionalLearning)?;
            let rows = pl::of_program(c, id, status)?;
            reads.read(me.id(), PlRecord::ENTITY, rows.iter().map(|r| (r.program_id, r.id.to_string())));
            let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
            let docs = documents::attached_to(c, documents::AttachedTo::ProfessionalLearning(&ids))?;
            let people = users::refs(c, &people_of(&rows))?;
            rows.iter()
                .map(|r| {
                    let decide = EnrollmentAccess::listed(&access, &me, r.candidate_id, Relation::District)
                        .allows(EnrollmentPermission::DecideProfessionalLearning);
                    let can =
                        PlActions { edit: false, submit: false, decide: decide && r.status == PlStatus::Submitted };
                    to_json(r, &docs, &people, can)
                })
                .collect()
        })
        .await?;
    Ok(web::Json(out))
}
