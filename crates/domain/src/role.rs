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

    /// Whether someone holding `held` in a program may also take this role there. Nobody is a
    /// candidate in a program they run: the staff decide about candidates' enrollments, and
    /// nobody decides about their own record.
    pub fn fits_with(self, held: &[Role]) -> Result<(), &'static str> {
        if self == Role::Candidate && held.iter().any(|r| r.is_program_staff()) {
            return Err("runs this program (coordinator or director); nobody is a candidate in a program they run");
        }
        if self.is_program_staff() && held.contains(&Role::Candidate) {
            return Err("is a candidate in this program; nobody runs a program they are a candidate in (remove the candidate role first)");
        }
        Ok(())
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

    #[test]
    fn nobody_is_a_candidate_in_a_program_they_run() {
        for staff in [Role::Coordinator, Role::Director] {
            assert!(Role::Candidate.fits_with(&[staff]).is_err());
            assert!(staff.fits_with(&[Role::Candidate]).is_err());
            assert!(staff.fits_with(&[Role::Coach]).is_ok());
        }
        // A coach or a district representative may also be a candidate (never of themself:
        // their own enrollment is theirs, not coached or represented).
        assert!(Role::Candidate.fits_with(&[Role::Coach, Role::DistrictRepresentative]).is_ok());
        assert!(Role::Coach.fits_with(&[Role::Candidate]).is_ok());
        assert!(Role::Candidate.fits_with(&[]).is_ok());
    }
}
