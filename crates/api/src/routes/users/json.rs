//! Accounts on the wire.

use coachfolio_domain::user::UserStatus;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

/// An account.
#[derive(Debug, Serialize, ToSchema)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub username: String,
    pub display_name: String,
    pub status: UserStatus,
    /// Set for accounts created with a temporary password until a new one is chosen.
    pub must_change_password: bool,
    /// The installation administrator, who creates programs.
    pub is_admin: bool,
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// What you may do with this account now.
    pub can: UserActions,
}

/// What the caller may do with an account.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct UserActions {
    /// Change the display name (your own, or an account you manage).
    pub edit: bool,
    pub change_email: bool,
    /// Enable or disable it (never your own).
    pub change_status: bool,
}

crate::pagination::page_of!(UserPage, User);

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
    /// Given to the person by hand; they must choose their own at first sign-in. Leave it out
    /// to send an invitation instead.
    #[schema(min_length = 12, max_length = 128)]
    pub temporary_password: Option<String>,
    /// Email the person an invitation: a link to choose their password, single-use, for 7
    /// days (needs email on; instead of a temporary password).
    #[serde(default)]
    pub send_invitation: bool,
}

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

#[derive(Debug, Deserialize, IntoParams, Validate)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct UserQuery {
    /// Part of a name, username or email.
    #[param(max_length = 100)]
    #[validate(length(max = 100))]
    pub q: Option<String>,
    #[param(minimum = 1, maximum = 1000000)]
    #[validate(range(min = 1, max = 1000000))]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    #[validate(range(min = 1, max = 100))]
    pub per_page: Option<u32>,
}
