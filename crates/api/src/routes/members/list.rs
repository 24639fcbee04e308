use super::json::{MemberQuery, Membership};
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::policy::ProgramAccess;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::memberships;
use uuid::Uuid;

/// List a program's members
///
/// For coordinators, directors, coaches and district representatives.
#[utoipa::path(tag = "members", params(("program_id" = Uuid, Path), MemberQuery), responses((status = 200, body = Vec<Membership>)))]
#[get("/programs/{program_id}/members")]
pub async fn list(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    query: web::Query<MemberQuery>,
) -> Result<web::Json<Vec<Membership>>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let role = query.into_inner().role;
    let rows = state
        .read(move |c| {
            ProgramAccess::load(c, &me, id)?.require_staff_or_coach()?;
            Ok(memberships::of_program(c, id, role)?)
        })
        .await?;
    Ok(web::Json(rows.into_iter().map(|(m, u)| Membership::new(&m, u)).collect()))
}
