use super::User;
use crate::auth::{passwords, CurrentUser};
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::policy;
use crate::routes::record;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::user::{check_new_account, identity_key, UserStatus};
use coachfolio_domain::{password, FieldError};
use coachfolio_persistence::users::{self, UserRow};
use coachfolio_persistence::{new_id, now};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    #[schema(format = Email, max_length = 254)]
    pub email: String,
    /// Letters, digits, '.', '-' and '_'.
    #[schema(min_length = 3, max_length = 64, pattern = "^[A-Za-z0-9._-]+$")]
    pub username: String,
    #[schema(min_length = 1, max_length = 120)]
    pub display_name: String,
    /// Given to the person; they must choose their own at first sign-in.
    #[schema(min_length = 12, max_length = 128)]
    pub temporary_password: String,
}

/// Create an account with a temporary password
///
/// The person must choose a new password at first sign-in. Email and username are unique
/// without regard to case (409 otherwise).
#[utoipa::path(tag = "users", request_body = NewUser, responses((status = 201, body = User)))]
#[post("/users")]
pub async fn create(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Body<NewUser>,
) -> Result<HttpResponse, ApiError> {
    let b = body.0;
    let actor = me.clone();
    state.read(move |c| policy::require_account_manager(c, &actor)).await?;
    let mut errors = check_new_account(&b.email, &b.username, &b.display_name).err().map(|e| e.0).unwrap_or_default();
    if let Err(e) = password::check("temporary_password", &b.temporary_password, &b.username, &b.email) {
        errors.extend(e.0);
    }
    if !errors.is_empty() {
        return Err(ApiError::Invalid(errors));
    }
    let hash = passwords::hash(&b.temporary_password);
    let user = state
        .write(move |c| {
            let (email_key, username_key) = (identity_key(&b.email), identity_key(&b.username));
            let (email_taken, username_taken) = users::taken(c, Some(&email_key), Some(&username_key), None)?;
            let mut conflicts = Vec::new();
            if email_taken {
                conflicts.push(FieldError::new("email", "is already used by another account"));
            }
            if username_taken {
                conflicts.push(FieldError::new("username", "is already taken"));
            }
            if !conflicts.is_empty() {
                return Err(ApiError::Conflict {
                    detail: "an account with this email or username exists".into(),
                    errors: conflicts,
                });
            }
            let at = now();
            let row = UserRow {
                id: new_id(),
                email: b.email.trim().to_string(),
                email_key,
                username: b.username.trim().to_string(),
                username_key,
                display_name: b.display_name.trim().to_string(),
                password_hash: hash,
                status: UserStatus::Active.as_str().into(),
                must_change_password: true,
                is_admin: false,
                version: 1,
                created_at: at,
                updated_at: at,
            };
            users::insert(c, &row)?;
            let user = User::from(&row);
            record(c, &me, None, "user.created", "user", &row.id, None::<&User>, Some(&user))?;
            Ok(user)
        })
        .await?;
    Ok(created_tagged(user.version, &user))
}
