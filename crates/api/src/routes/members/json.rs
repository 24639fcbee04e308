//! Memberships on the wire.

use coachfolio_domain::role::Role;
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::memberships::MembershipRow;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
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
            id: m.id.uuid(),
            program_id: m.program_id.uuid(),
            role: m.role,
            district_id: m.district_id.map(|d| d.uuid()),
            user,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMembership {
    pub user_id: Uuid,
    pub role: Role,
    /// Required for a district representative: the district they represent.
    pub district_id: Option<Uuid>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MemberQuery {
    pub role: Option<Role>,
}
