use super::record::load;
use crate::auth::links;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::UserId;
use coachfolio_domain::password_link::LinkPurpose;
use coachfolio_domain::user::UserStatus;
use coachfolio_persistence::audit;
use uuid::Uuid;

/// Send an account an invitation again
///
/// Emails the person a new link to choose their password (single-use, for 7 days), for an
/// invitation that expired or got lost, or a password they cannot reset themselves. Links sent
/// before keep working until one is used. For the accounts you manage, not your own (change
/// yours under your account); 409 when the account is disabled or email is off.
#[utoipa::path(tag = "users", params(("user_id" = Uuid, Path)),
    responses((status = 202, description = "The invitation is on its way")))]
#[post("/users/{user_id}/invitation")]
pub async fn invite(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = UserId::from(path.into_inner());
    if !state.email {
        return Err(ApiError::Conflict {
            detail: "this installation sends no email: set a temporary password instead".into(),
            errors: vec![],
        });
    }
    state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            if !loaded.context.manages {
                return Err(ApiError::Forbidden("only coordinators and administrators invite people".into()));
            }
            if id == me.id() {
                return Err(ApiError::Forbidden("change your own password under your account".into()));
            }
            if loaded.row.status != UserStatus::Active {
                return Err(ApiError::Conflict {
                    detail: "the account is disabled: enable it first".into(),
                    errors: vec![],
                });
            }
            links::send(c, &loaded.row, LinkPurpose::Invitation)?;
            audit::record(
                c,
                audit::Entry {
                    actor_id: Some(me.id()),
                    program_id: None,
                    action: "user.invited",
                    entity: "user",
                    entity_id: id.to_string(),
                    before: None,
                    after: None,
                    confidential: false,
                },
            )?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::Accepted().finish())
}
