//! The roles a person holds in a program.

use crate::text_enum::text_enum;

text_enum! {
    /// A role held in one program; one person may hold different roles in different programs.
    Role {
        Candidate = "candidate",
        Coach = "coach",
        Coordinator = "coordinator",
        Director = "director",
        DistrictRepresentative = "district_representative",
    }
}

impl Role {
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
        for role in Role::ALL.iter().copied() {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            assert_eq!(serde_json::to_value(role).unwrap(), serde_json::Value::String(role.as_str().into()));
        }
        assert_eq!(Role::parse("admin"), None);
    }
}
