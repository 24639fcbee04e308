//! Accounts.

pub mod create;
pub mod get;
pub mod list;
pub mod update;

use coachfolio_domain::user::UserStatus;
use coachfolio_persistence::users::UserRow;
use serde::Serialize;
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;

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
}

impl From<&UserRow> for User {
    fn from(u: &UserRow) -> Self {
        User {
            id: u.id.parse().unwrap_or_default(),
            email: u.email.clone(),
            username: u.username.clone(),
            display_name: u.display_name.clone(),
            status: UserStatus::parse(&u.status).unwrap_or(UserStatus::Disabled),
            must_change_password: u.must_change_password,
            is_admin: u.is_admin,
            version: u.version,
            created_at: u.created_at.assume_utc(),
        }
    }
}

crate::pagination::page_of!(UserPage, User);
