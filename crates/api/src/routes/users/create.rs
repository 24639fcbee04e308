use super::json::{NewUser, User};
use super::record::{Account, AccountContext};
use crate::auth::passwords;
use crate::body::Body;
use crate::capabilities::{AccountAccess, Caller, InstallationPermission};
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::user::{check_new_account, identity_key};
use coachfolio_domain::{password, FieldError};
use coachfolio_persistence::users;

/// Create an account with a temporary password
///
/// The person must choose a new password at first sign-in. Email and username are unique
/// without regard to case (409 otherwise).
#[utoipa::path(tag = "users", request_body = NewUser, responses((status = 201, body = User)))]
#[post("/users")]
pub async fn create(state: web::Data<AppState>, me: Caller, body: Body<NewUser>) -> Result<HttpResponse, ApiError> {
    let b = body.0;
    let actor = me.clone();
    state.read(move |c| AccountAccess::load(c, &actor.user)?.require(InstallationPermission::ManageAccounts)).await?;
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
            let row = users::insert(c, &users::NewUser::new(&b.email, &b.username, &b.display_name, hash))?;
            kernel::created::<Account>(c, &me, &row, &AccountContext { me: me.id(), manages: true })
        })
        .await?;
    Ok(created_tagged(user.version, &user))
}
