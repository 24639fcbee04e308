use super::User;
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::policy;
use crate::routes::{record, stale};
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::user::{check_email, check_text, identity_key, UserStatus};
use coachfolio_domain::Invalid;
use coachfolio_persistence::{now, sessions, users};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserChange {
    #[schema(min_length = 1, max_length = 120)]
    pub display_name: Option<String>,
    #[schema(format = Email, max_length = 254)]
    pub email: Option<String>,
    /// Disabling ends the account's sessions at once.
    pub status: Option<UserStatus>,
}

/// Change an account
///
/// People may change their own display name; coordinators and administrators may also change
/// email and status. Send the ETag you read as If-Match.
#[utoipa::path(tag = "users", request_body = UserChange,
    params(("user_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = User)))]
#[patch("/users/{user_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<UserChange>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
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
            let manager = policy::require_account_manager(c, &me).is_ok();
            if !manager && id != me.id() {
                return Err(ApiError::not_found("account"));
            }
            if !manager && (change.email.is_some() || change.status.is_some()) {
                return Err(ApiError::Forbidden("only coordinators and administrators change email or status".into()));
            }
            if change.status == Some(UserStatus::Disabled) && id == me.id() {
                return Err(ApiError::invalid("status", "you cannot disable your own account"));
            }
            let mut row = users::find(c, &id).map_err(|_| ApiError::not_found("account"))?;
            let before = User::from(&row);
            if_match.check(row.version, &before)?;
            if let Some(email) = &change.email {
                let key = identity_key(email);
                if users::taken(c, Some(&key), None, Some(&id))?.0 {
                    return Err(ApiError::conflict("email", "is already used by another account"));
                }
                row.email = email.trim().into();
                row.email_key = key;
            }
            if let Some(n) = &change.display_name {
                row.display_name = n.trim().into();
            }
            if let Some(s) = change.status {
                row.status = s.as_str().into();
                if s == UserStatus::Disabled {
                    sessions::revoke_all_but(c, &id, None)?;
                }
            }
            row.version += 1;
            row.updated_at = now();
            if !users::update(c, &row, before.version)? {
                let current = users::find(c, &id)?;
                return Err(stale(current.version, &User::from(&current)));
            }
            let after = User::from(&row);
            record(c, &me, None, "user.updated", "user", &id, Some(&before), Some(&after))?;
            Ok(after)
        })
        .await?;
    state.sessions.clear();
    Ok(ok_tagged(user.version, &user))
}
