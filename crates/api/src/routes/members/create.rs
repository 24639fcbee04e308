use super::json::{Membership, NewMembership};
use crate::audit;
use crate::body::Body;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::{DistrictId, ProgramId, UserId};
use coachfolio_domain::role::Role;
use coachfolio_persistence::memberships::{self, MembershipRow};
use coachfolio_persistence::Found;
use coachfolio_persistence::{districts, users, StoreError};
use uuid::Uuid;

/// Grant a role in a program
///
/// A candidate of the program cannot be made its coordinator or director (409): nobody runs a
/// program they are a candidate in.
#[utoipa::path(tag = "members", request_body = NewMembership, params(("program_id" = Uuid, Path)), responses((status = 201, body = Membership)))]
#[post("/programs/{program_id}/members")]
pub async fn create(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewMembership>,
) -> Result<HttpResponse, ApiError> {
    let program_id = ProgramId::from(path.into_inner());
    let b = body.0;
    let membership = state
        .write(move |c| {
            me.program(c, program_id)?.require(ProgramPermission::Manage)?;
            let user = match users::find(c, UserId::from(b.user_id)) {
                Err(StoreError::NotFound) => return Err(ApiError::invalid("user_id", "no such account")),
                found => found?,
            };
            let district_id = match (b.role, b.district_id.map(DistrictId::from)) {
                (Role::DistrictRepresentative, None) => {
                    return Err(ApiError::invalid(
                        "district_id",
                        "a district representative needs the district they represent",
                    ))
                }
                (Role::DistrictRepresentative, Some(d)) => {
                    let d = districts::find(c, d).found()?.filter(|d| d.program_id == program_id);
                    Some(d.ok_or_else(|| ApiError::invalid("district_id", "is not a district of this program"))?.id)
                }
                (_, Some(_)) => {
                    return Err(ApiError::invalid("district_id", "only district representatives represent a district"))
                }
                (_, None) => None,
            };
            let held: Vec<Role> = memberships::roles_in(c, user.id, program_id)?.into_iter().map(|(r, _)| r).collect();
            if held.contains(&b.role) {
                return Err(ApiError::conflict("role", "is already held by this person in this program"));
            }
            b.role.fits_with(&held).map_err(|why| ApiError::conflict("role", why))?;
            let row = MembershipRow::new(user.id, program_id, b.role, district_id);
            memberships::insert(c, &row)?;
            let m = Membership::new(&row, user.to_ref());
            let change = audit::Change {
                program_id: Some(program_id),
                action: "membership.created",
                entity: "membership",
                entity_id: row.id.to_string(),
                confidential: false,
            };
            audit::record(c, &me, change, None::<&Membership>, Some(&m))?;
            Ok(m)
        })
        .await?;
    Ok(HttpResponse::Created().json(membership))
}
