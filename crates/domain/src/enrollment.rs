//! An enrollment's vocabulary and the status changes the program allows.

use crate::text_enum::text_enum;

text_enum! {
    /// Where a candidate stands in the program.
    EnrollmentStatus {
        Applied = "applied",
        Enrolled = "enrolled",
        Extended = "extended",
        Withdrawn = "withdrawn",
        Completed = "completed",
        Recommended = "recommended",
    }
}

text_enum! {
    /// The candidate's administrative position, as on the enrollment form.
    Position {
        Principal = "principal",
        AssistantPrincipal = "assistant_principal",
        DistrictAdministrator = "district_administrator",
        CountyAdministrator = "county_administrator",
        Intern = "intern",
        Other = "other",
    }
}

text_enum! {
    /// Full- or part-time employment.
    Employment {
        FullTime = "full_time",
        PartTime = "part_time",
    }
}

text_enum! {
    /// Who provides the coach, which decides the program fee.
    CostStructure {
        ProgramProvidesCoach = "program_provides_coach",
        DistrictProvidesCoach = "district_provides_coach",
    }
}

impl EnrollmentStatus {
    /// The statuses this one may move to. An extension is granted a year at a time, so an
    /// extended candidate may be extended again; withdrawn and recommended are final.
    pub fn next(self) -> &'static [EnrollmentStatus] {
        use EnrollmentStatus::*;
        match self {
            Applied => &[Enrolled, Withdrawn],
            Enrolled => &[Extended, Withdrawn, Completed],
            Extended => &[Extended, Withdrawn, Completed],
            Completed => &[Recommended],
            Withdrawn | Recommended => &[],
        }
    }

    pub fn can_become(self, to: EnrollmentStatus) -> bool {
        self.next().contains(&to)
    }

    /// Whether the candidate is still taking part (coached, logging hours).
    pub fn is_active(self) -> bool {
        matches!(self, EnrollmentStatus::Enrolled | EnrollmentStatus::Extended)
    }
}

#[cfg(test)]
mod tests {
    use super::EnrollmentStatus::*;
    use super::*;

    #[test]
    fn the_normal_path_is_allowed() {
        assert!(Applied.can_become(Enrolled));
        assert!(Enrolled.can_become(Completed));
        assert!(Completed.can_become(Recommended));
        assert!(Enrolled.can_become(Extended));
        assert!(Extended.can_become(Extended));
        assert!(Extended.can_become(Completed));
    }

    #[test]
    fn jumps_and_reversals_are_refused() {
        assert!(!Applied.can_become(Completed));
        assert!(!Applied.can_become(Recommended));
        assert!(!Enrolled.can_become(Recommended));
        assert!(!Completed.can_become(Enrolled));
        assert!(!Enrolled.can_become(Enrolled));
        for s in EnrollmentStatus::ALL {
            assert!(!Withdrawn.can_become(*s));
            assert!(!Recommended.can_become(*s));
        }
    }

    #[test]
    fn text_round_trips() {
        for s in EnrollmentStatus::ALL {
            assert_eq!(EnrollmentStatus::parse(s.as_str()), Some(*s));
        }
        assert_eq!(Position::parse("assistant_principal"), Some(Position::AssistantPrincipal));
        assert_eq!(CostStructure::parse("nope"), None);
    }
}
