//! Sign-in on the wire.

use crate::routes::users::json::User;
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
