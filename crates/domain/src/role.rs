//! The roles a person holds in a program.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A role held in one program; one person may hold different roles in different programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Candidate,
    Coach,
    Coordinator,
    Director,
    DistrictRepresentative,
}

impl Role {
    pub const ALL: [Role; 5] =
        [Role::Candidate, Role::Coach, Role::Coordinator, Role::Director, Role::DistrictRepresentative];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Candidate => "candidate",
            Role::Coach => "coach",
            Role::Coordinator => "coordinator",
            Role::Director => "director",
            Role::DistrictRepresentative => "district_representative",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Coordinators and directors run the program and see every candidate's records in it.
    pub fn is_program_staff(self) -> bool {
        matches!(self, Role::Coordinator | Role::Director)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            assert_eq!(serde_json::to_value(role).unwrap(), serde_json::Value::String(role.as_str().into()));
        }
        assert_eq!(Role::parse("admin"), None);
    }
}
