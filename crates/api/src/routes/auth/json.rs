//! Sign-in on the wire.

use crate::routes::users::json::User;
use coachfolio_domain::password_link::LinkPurpose;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

/// What a successful sign-in or refresh returns.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenPair {
    /// Send as `Authorization: Bearer <access_token>`.
    pub access_token: String,
    /// Exchange at `/api/auth/refresh` for a new pair; each refresh token works once. `null`
    /// when it was asked for in a cookie (`refresh_cookie`): the web app's way, where no script
    /// can read it.
    pub refresh_token: Option<String>,
    #[schema(example = "Bearer")]
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    pub must_change_password: bool,
    pub user: User,
}

/// The refresh token in the body (API clients), or left out to use the one in the
/// `coachfolio_refresh` cookie (the web app).
#[derive(Debug, Default, Deserialize, ToSchema, Validate)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    #[schema(min_length = 1, max_length = 200)]
    #[validate(length(min = 1, max = 200))]
    pub refresh_token: Option<String>,
}

/// What the sign-in page may offer.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuthSettings {
    /// Email is on: forgotten passwords are reset by email, and new accounts may be invited.
    pub email: bool,
}

/// A forgotten password: the account's email address.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetRequest {
    #[schema(format = Email, max_length = 254)]
    pub email: String,
}

/// The same answer whether or not an account has the address.
#[derive(Debug, Serialize, ToSchema)]
pub struct PasswordResetAccepted {
    pub message: String,
}

/// The secret of a link from an invitation or a reset email (after `?token=`).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkToken {
    #[schema(min_length = 1, max_length = 200)]
    pub token: String,
}

/// Whom a usable link is for, so the page can greet them.
#[derive(Debug, Serialize, ToSchema)]
pub struct PasswordLink {
    pub purpose: LinkPurpose,
    /// What the person signs in with from now on.
    pub username: String,
    pub display_name: String,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: time::OffsetDateTime,
}

/// A password chosen through a link.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetPassword {
    #[schema(min_length = 1, max_length = 200)]
    pub token: String,
    /// 12 to 128 characters, not a common password, not containing the username or email.
    #[schema(min_length = 12, max_length = 128)]
    pub new_password: String,
    /// Keep the refresh token in the web app's HttpOnly cookie instead of the answer.
    #[serde(default)]
    pub refresh_cookie: bool,
}
