use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::routes::users::json::User;
use crate::routes::users::record::own;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::role::Role;
use coachfolio_persistence::memberships;
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

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub user: User,
    /// Every role held, per program.
    pub memberships: Vec<MyMembership>,
}

/// Who you are and your roles
#[utoipa::path(tag = "me", responses((status = 200, body = Me)))]
#[get("/me")]
pub async fn get(state: web::Data<AppState>, me: CurrentUser) -> Result<web::Json<Me>, ApiError> {
    let id = me.id();
    let rows = state.read(move |c| Ok(memberships::of_user(c, id)?)).await?;
    let user = own(&me.user, &rows);
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
    Ok(web::Json(Me { user, memberships }))
}
