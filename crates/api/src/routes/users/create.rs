use super::json::{NewUser, User};
use super::record::{Account, AccountContext};
use crate::auth::{links, passwords, tokens};
use crate::body::Body;
use crate::capabilities::{AccountAccess, Caller, InstallationPermission};
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::password_link::LinkPurpose;
use coachfolio_domain::user::{check_new_account, identity_key};
use coachfolio_domain::{password, FieldError};
use coachfolio_persistence::users;

/// Create an account, with an invitation or a temporary password
///
/// With `send_invitation` (email on), the person is emailed a link to choose their password,
/// single-use, for 7 days. With a `temporary_password` instead, given by hand, they must
/// choose a new one at first sign-in. Email and username are unique without regard to case
/// (409 otherwise).
#[utoipa::path(tag = "users", request_body = NewUser, responses((status = 201, body = User)))]
#[post("/users")]
pub async fn create(state: web::Data<AppState>, me: Caller, body: Body<NewUser>) -> Result<HttpResponse, ApiError> {
    let b = body.0;
    let actor = me.clone();
    state.read(move |c| AccountAccess::load(c, &actor.user)?.require(InstallationPermission::ManageAccounts)).await?;
    let mut errors = check_new_account(&b.email, &b.username, &b.display_name).err().map(|e| e.0).unwrap_or_default();
    let first_password = match (&b.temporary_password, b.send_invitation) {
        (Some(_), true) => {
            errors.push(FieldError::new("send_invitation", "choose one: an invitation or a temporary password"));
            None
        }
        (None, true) if !state.email => {
            errors.push(FieldError::new(
                "send_invitation",
                "this installation sends no email: set a temporary password to give the person",
            ));
            None
        }
        (None, false) => {
            errors.push(FieldError::new("temporary_password", "is required unless an invitation is sent"));
            None
        }
        (Some(p), false) => {
            if let Err(e) = password::check("temporary_password", p, &b.username, &b.email) {
                errors.extend(e.0);
            }
            Some(p.clone())
        }
        // Invited: a password nobody knows until the person chooses theirs through the link.
        (None, true) => Some(tokens::random_password()),
    };
    if !errors.is_empty() {
        return Err(ApiError::Invalid(errors));
    }
    let hash = passwords::hash(&first_password.unwrap_or_default());
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
            if b.send_invitation {
                links::send(c, &row, LinkPurpose::Invitation)?;
            }
            kernel::created::<Account>(c, &me, &row, &AccountContext { me: me.id(), manages: true })
        })
        .await?;
    Ok(created_tagged(user.version, &user))
}
