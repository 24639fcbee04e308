use crate::capabilities::{AccountAccess, InstallationPermission, ProgramPermission};
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::routes::users::json::User;
use crate::routes::users::record::own;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::permission::Standing;
use coachfolio_domain::role::Role;
use coachfolio_persistence::{memberships, programs};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct MyMembership {
    pub id: Uuid,
    pub program_id: Uuid,
    pub program_name: String,
    pub role: Role,
    pub district_id: Option<Uuid>,
}

/// A program you take part in, with what you may do there: what its pages and menus offer
/// you. A screen reads `can`, never the roles (those are for showing who you are).
#[derive(Debug, Serialize, ToSchema)]
pub struct MyProgram {
    pub id: Uuid,
    pub name: String,
    /// Your roles in it (none for an administrator who holds none).
    pub roles: Vec<Role>,
    pub can: Vec<ProgramPermission>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub user: User,
    /// Every role held, per program.
    pub memberships: Vec<MyMembership>,
    /// The programs you take part in (the installation administrator: every program), by
    /// name, with what you may do in each.
    pub programs: Vec<MyProgram>,
    /// What you may do across the installation.
    pub can: Vec<InstallationPermission>,
}

/// Who you are, your roles and what you may do
#[utoipa::path(tag = "me", responses((status = 200, body = Me)))]
#[get("/me")]
pub async fn get(state: web::Data<AppState>, me: CurrentUser) -> Result<web::Json<Me>, ApiError> {
    let (id, admin) = (me.id(), me.is_admin());
    let (rows, listed) = state
        .read(move |c| {
            let rows = memberships::of_user(c, id)?;
            let ids: Vec<_> = rows.iter().map(|(m, _)| m.program_id).collect();
            let listed = programs::list(c, (!admin).then_some(ids.as_slice()))?;
            Ok((rows, listed))
        })
        .await?;
    let user = own(&me.user, &rows);
    let can = AccountAccess::of(&me.user, &rows).permitted();
    let programs = listed
        .iter()
        .map(|p| {
            let roles: Vec<Role> = rows.iter().filter(|(m, _)| m.program_id == p.id).map(|(m, _)| m.role).collect();
            let can = Standing::new(admin, roles.iter().copied()).permitted();
            MyProgram { id: p.id.uuid(), name: p.name.clone(), roles, can }
        })
        .collect();
    let memberships = rows
        .into_iter()
        .map(|(m, program_name)| MyMembership {
            id: m.id.uuid(),
            program_id: m.program_id.uuid(),
            program_name,
            role: m.role,
            district_id: m.district_id.map(|d| d.uuid()),
        })
        .collect();
    Ok(web::Json(Me { user, memberships, programs, can }))
}
