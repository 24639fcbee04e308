use super::Membership;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::policy::ProgramAccess;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::role::Role;
use coachfolio_persistence::memberships;
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MemberQuery {
    pub role: Option<Role>,
}

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
    let id = path.into_inner().to_string();
    let role = query.into_inner().role;
    let rows = state
        .read(move |c| {
            ProgramAccess::load(c, &me, &id)?.require_staff_or_coach()?;
            Ok(memberships::of_program(c, &id, role.map(Role::as_str))?)
        })
        .await?;
    Ok(web::Json(rows.into_iter().map(|(m, u)| Membership::new(&m, u)).collect()))
}
