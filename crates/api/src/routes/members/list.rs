use super::json::{MemberQuery, Membership};
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::role::Role;
use coachfolio_persistence::{enrollments, memberships};
use uuid::Uuid;

/// List a program's members
///
/// Coordinators, directors and the installation administrator see every member. A coach or a
/// district representative sees the people they work with: the program's coordinators and
/// director, themself, and the candidates they coach or have coached / the candidates their
/// districts employ. Candidates are refused.
#[utoipa::path(tag = "members", params(("program_id" = Uuid, Path), MemberQuery), responses((status = 200, body = Vec<Membership>)))]
#[get("/programs/{program_id}/members")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<MemberQuery>,
) -> Result<web::Json<Vec<Membership>>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let role = query.into_inner().role;
    let rows = state
        .read(move |c| {
            let access = me.program(c, id)?;
            access.require(ProgramPermission::ListMembers)?;
            let rows = memberships::of_program(c, id, role)?;
            if access.allows(ProgramPermission::Oversee) {
                return Ok(rows);
            }
            let candidates = enrollments::candidates_worked_with(c, id, me.id(), &access.districts)?;
            Ok(rows
                .into_iter()
                .filter(|(m, _)| {
                    m.user_id == me.id()
                        || match m.role {
                            Role::Coordinator | Role::Director => true,
                            Role::Candidate => candidates.contains(&m.user_id),
                            Role::Coach | Role::DistrictRepresentative => false,
                        }
                })
                .collect())
        })
        .await?;
    Ok(web::Json(rows.into_iter().map(|(m, u)| Membership::new(&m, u)).collect()))
}
