use super::json::Membership;
use crate::audit;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{delete, web, HttpResponse};
use coachfolio_domain::ids::{MembershipId, ProgramId};
use coachfolio_persistence::Found;
use coachfolio_persistence::{memberships, users};
use uuid::Uuid;

/// Remove a role from someone
///
/// The records they wrote stay; they lose access that came with the role.
#[utoipa::path(tag = "members", params(("program_id" = Uuid, Path), ("membership_id" = Uuid, Path)), responses((status = 204, description = "Removed")))]
#[delete("/programs/{program_id}/members/{membership_id}")]
pub async fn delete(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (program_id, id) = path.into_inner();
    let (program_id, id) = (ProgramId::from(program_id), MembershipId::from(id));
    state
        .write(move |c| {
            me.program(c, program_id)?.require(ProgramPermission::Manage)?;
            let row = memberships::find(c, id)
                .found()?
                .filter(|m| m.program_id == program_id)
                .ok_or_else(|| ApiError::not_found("membership"))?;
            let before = Membership::new(&row, users::ref_of(c, row.user_id)?);
            memberships::delete(c, id)?;
            let change = audit::Change {
                program_id: Some(program_id),
                action: "membership.deleted",
                entity: "membership",
                entity_id: id.to_string(),
                confidential: false,
            };
            audit::record(c, &me, change, Some(&before), None::<&Membership>)
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
