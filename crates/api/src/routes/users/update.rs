use super::json::{User, UserChange};
use super::record::{load, Account};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::ids::UserId;
use coachfolio_domain::step::Edit;
use coachfolio_domain::user::{check_email, check_text, identity_key, UserStatus};
use coachfolio_domain::Invalid;
use coachfolio_persistence::{sessions, users};
use uuid::Uuid;

/// Change an account
///
/// People may change their own display name. Coordinators may also change the email and
/// status of the accounts whose every role is in programs they coordinate; the installation
/// administrator, of any account, but the last active administrator stays enabled. Send the
/// ETag you read as If-Match.
#[utoipa::path(tag = "users", request_body = UserChange,
    params(("user_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = User)))]
#[patch("/users/{user_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<UserChange>,
) -> Result<HttpResponse, ApiError> {
    let id = UserId::from(path.into_inner());
    let change = body.0;
    let mut errors = Vec::new();
    if let Some(n) = &change.display_name {
        check_text("display_name", n, 120, &mut errors);
    }
    if let Some(e) = &change.email {
        check_email("email", e, &mut errors);
    }
    Invalid::check(errors)?;
    let user = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            let manages = loaded.context.manages;
            if !manages && id != me.id() {
                return Err(ApiError::not_found("account"));
            }
            if !manages && (change.email.is_some() || change.status.is_some()) {
                return Err(ApiError::Forbidden("only coordinators and administrators change email or status".into()));
            }
            if change.status == Some(UserStatus::Disabled) && id == me.id() {
                return Err(ApiError::invalid("status", "you cannot disable your own account"));
            }
            kernel::update::<Account>(c, &me, if_match, loaded, Edit::Updated, |c, row, _| {
                let mut changed = Vec::new();
                if let Some(email) = change.email.filter(|e| e.trim() != row.email) {
                    if users::taken(c, Some(&identity_key(&email)), None, Some(id))?.0 {
                        return Err(ApiError::conflict("email", "is already used by another account"));
                    }
                    row.set_email(&email);
                    changed.push("email");
                }
                if let Some(name) = change.display_name.map(|n| n.trim().to_string()).filter(|n| *n != row.display_name)
                {
                    row.display_name = name;
                    changed.push("display_name");
                }
                if let Some(status) = change.status.filter(|s| *s != row.status) {
                    if status == UserStatus::Disabled {
                        if row.is_admin && users::other_active_admins(c, id)? == 0 {
                            return Err(ApiError::conflict(
                                "status",
                                "the last active administrator cannot be disabled",
                            ));
                        }
                        sessions::revoke_all_but(c, id, None)?;
                    }
                    row.status = status;
                    changed.push("status");
                }
                Ok(changed)
            })
        })
        .await?;
    state.sessions.clear();
    Ok(ok_tagged(user.version, &user))
}
