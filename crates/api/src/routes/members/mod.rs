//! Who holds which role in a program.

pub mod create;
pub mod delete;
pub mod list;

use coachfolio_domain::role::Role;
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::memberships::MembershipRow;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct Membership {
    pub id: Uuid,
    pub program_id: Uuid,
    pub role: Role,
    /// The district a district representative represents.
    pub district_id: Option<Uuid>,
    pub user: UserRef,
}

impl Membership {
    pub fn new(m: &MembershipRow, user: UserRef) -> Self {
        Membership {
            id: m.id.parse().unwrap_or_default(),
            program_id: m.program_id.parse().unwrap_or_default(),
            role: Role::parse(&m.role).unwrap_or(Role::Candidate),
            district_id: m.district_id.as_deref().and_then(|d| d.parse().ok()),
            user,
        }
    }
}
