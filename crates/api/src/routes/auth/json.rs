//! Sign-in on the wire.

use crate::routes::users::json::User;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What a successful sign-in or refresh returns.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenPair {
    /// Send as `Authorization: Bearer <access_token>`.
    pub access_token: String,
    /// Exchange at `/api/auth/refresh` for a new pair; each refresh token works once.
    pub refresh_token: String,
    #[schema(example = "Bearer")]
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    pub must_change_password: bool,
    pub user: User,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    #[schema(min_length = 1, max_length = 200)]
    pub refresh_token: String,
}
