use super::Membership;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::policy::ProgramAccess;
use crate::routes::record;
use crate::state::AppState;
use actix_web::{delete, web, HttpResponse};
use coachfolio_persistence::{memberships, users};
use uuid::Uuid;

/// Remove a role from someone
///
/// The records they wrote stay; they lose access that came with the role.
#[utoipa::path(tag = "members", params(("program_id" = Uuid, Path), ("membership_id" = Uuid, Path)), responses((status = 204, description = "Removed")))]
#[delete("/programs/{program_id}/members/{membership_id}")]
pub async fn delete(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (program_id, id) = path.into_inner();
    let (program_id, id) = (program_id.to_string(), id.to_string());
    state
        .write(move |c| {
            ProgramAccess::load(c, &me, &program_id)?.require_manage()?;
            let row = memberships::find(c, &id)
                .ok()
                .filter(|m| m.program_id == program_id)
                .ok_or_else(|| ApiError::not_found("membership"))?;
            let before = Membership::new(&row, users::find(c, &row.user_id)?.to_ref());
            memberships::delete(c, &id)?;
            record(
                c,
                &me,
                Some(&program_id),
                "membership.deleted",
                "membership",
                &id,
                Some(&before),
                None::<&Membership>,
            )?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
