use super::Membership;
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::policy::ProgramAccess;
use crate::routes::record;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::role::Role;
use coachfolio_persistence::memberships::{self, MembershipRow};
use coachfolio_persistence::{districts, new_id, now, users};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMembership {
    pub user_id: Uuid,
    pub role: Role,
    /// Required for a district representative: the district they represent.
    pub district_id: Option<Uuid>,
}

/// Grant a role in a program
#[utoipa::path(tag = "members", request_body = NewMembership, params(("program_id" = Uuid, Path)), responses((status = 201, body = Membership)))]
#[post("/programs/{program_id}/members")]
pub async fn create(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    body: Body<NewMembership>,
) -> Result<HttpResponse, ApiError> {
    let program_id = path.into_inner().to_string();
    let b = body.0;
    let membership = state
        .write(move |c| {
            ProgramAccess::load(c, &me, &program_id)?.require_manage()?;
            let user =
                users::find(c, &b.user_id.to_string()).map_err(|_| ApiError::invalid("user_id", "no such account"))?;
            let district_id = match (b.role, b.district_id) {
                (Role::DistrictRepresentative, None) => {
                    return Err(ApiError::invalid(
                        "district_id",
                        "a district representative needs the district they represent",
                    ))
                }
                (Role::DistrictRepresentative, Some(d)) => {
                    let d = districts::find(c, &d.to_string()).ok().filter(|d| d.program_id == program_id);
                    Some(d.ok_or_else(|| ApiError::invalid("district_id", "is not a district of this program"))?.id)
                }
                (_, Some(_)) => {
                    return Err(ApiError::invalid("district_id", "only district representatives represent a district"))
                }
                (_, None) => None,
            };
            if memberships::holds(c, &user.id, &program_id, b.role.as_str())? {
                return Err(ApiError::conflict("role", "is already held by this person in this program"));
            }
            let row = MembershipRow {
                id: new_id(),
                user_id: user.id.clone(),
                program_id: program_id.clone(),
                role: b.role.as_str().into(),
                district_id,
                created_at: now(),
            };
            memberships::insert(c, &row)?;
            let m = Membership::new(&row, user.to_ref());
            record(
                c,
                &me,
                Some(&program_id),
                "membership.created",
                "membership",
                &row.id,
                None::<&Membership>,
                Some(&m),
            )?;
            Ok(m)
        })
        .await?;
    Ok(HttpResponse::Created().json(membership))
}
