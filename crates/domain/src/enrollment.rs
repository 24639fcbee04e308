//! An enrollment's vocabulary and the status changes the program allows.

use crate::text_enum::text_enum;
use crate::validation::Invalid;

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

/// An enrollment's steps through the kernel: its details changed; its status set by hand; its
/// fee plan changed; extended or withdrawn by an approved request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrollmentStep {
    Updated,
    StatusChanged(EnrollmentStatus),
    FeePlanChanged,
    Extended,
    Withdrawn {
        last_day: time::Date,
    },
    /// Its Program Completion Verification signed by all four parties.
    Completed,
}

impl crate::step::Step for EnrollmentStep {
    fn name(&self) -> &'static str {
        match self {
            EnrollmentStep::Updated => "updated",
            EnrollmentStep::StatusChanged(_) => "status_changed",
            EnrollmentStep::FeePlanChanged => "fee_plan_changed",
            EnrollmentStep::Extended => "extended",
            EnrollmentStep::Withdrawn { .. } => "withdrawn",
            EnrollmentStep::Completed => "completed",
        }
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

    /// The status this one becomes, or why it cannot (naming `status`).
    pub fn change_to(self, to: EnrollmentStatus) -> Result<EnrollmentStatus, Invalid> {
        if self.can_become(to) {
            return Ok(to);
        }
        let allowed: Vec<_> = self.next().iter().map(|s| s.as_str()).collect();
        let message = if allowed.is_empty() {
            format!("a {self} enrollment cannot change status")
        } else {
            format!("cannot go from {self} to {to}; allowed: {}", allowed.join(", "))
        };
        Err(Invalid::field("status", message))
    }

    /// The statuses a coordinator sets by hand: all of `next` but extending and withdrawing a
    /// started enrollment, which go through their request, whose approval also adds the year
    /// and its fee, or ends the coaching and the fees after the last day; and completing it,
    /// which the last signature on its Program Completion Verification does.
    pub fn next_by_hand(self) -> Vec<EnrollmentStatus> {
        use EnrollmentStatus::*;
        let elsewhere =
            |to: &EnrollmentStatus| matches!(to, Extended | Completed) || (*to == Withdrawn && self != Applied);
        self.next().iter().copied().filter(|to| !elsewhere(to)).collect()
    }

    /// The status a coordinator's change by hand makes, or why not (naming `status`).
    pub fn set_by_hand(self, to: EnrollmentStatus) -> Result<EnrollmentStatus, Invalid> {
        if self.next_by_hand().contains(&to) {
            return Ok(to);
        }
        let message = match to {
            EnrollmentStatus::Extended if self.can_become(to) => {
                "an extension is granted by approving an extension request, which adds the year and its fee; \
                 a coordinator may submit one for the candidate"
                    .to_string()
            }
            EnrollmentStatus::Withdrawn if self.can_become(to) => {
                "a withdrawal is recorded by approving a withdrawal request, which ends the coaching and the \
                 installments after the last day; a coordinator may submit one for the candidate"
                    .to_string()
            }
            EnrollmentStatus::Completed if self.can_become(to) => {
                "an enrollment is completed by the coordinator's signature on its Program Completion Verification"
                    .to_string()
            }
            _ => {
                let allowed: Vec<_> = self.next_by_hand().iter().map(|s| s.as_str()).collect();
                if allowed.is_empty() && !self.next().is_empty() {
                    format!(
                        "an {self} enrollment is extended or withdrawn by an approved request, and completed by \
                         its signed Program Completion Verification"
                    )
                } else if allowed.is_empty() {
                    format!("a {self} enrollment cannot change status here")
                } else {
                    format!("cannot go from {self} to {to}; allowed: {}", allowed.join(", "))
                }
            }
        };
        Err(Invalid::field("status", message))
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
    fn a_refused_change_names_what_is_allowed() {
        assert_eq!(Enrolled.change_to(Extended), Ok(Extended));
        let refused = Applied.change_to(Completed).unwrap_err();
        assert_eq!(refused.0[0].field, "status");
        assert!(refused.0[0].message.contains("allowed: enrolled, withdrawn"), "{refused}");
        assert!(Withdrawn.change_to(Enrolled).unwrap_err().0[0].message.contains("cannot change status"));
    }

    #[test]
    fn extensions_and_withdrawals_of_a_started_enrollment_go_through_a_request() {
        assert!(Enrolled.next_by_hand().is_empty(), "completed by the signed verification");
        assert!(Extended.next_by_hand().is_empty());
        assert!(Enrolled.set_by_hand(Completed).unwrap_err().0[0].message.contains("Program Completion Verification"));
        assert_eq!(Applied.next_by_hand(), [Enrolled, Withdrawn], "an applicant withdraws by hand");
        assert!(Enrolled.set_by_hand(Extended).unwrap_err().0[0].message.contains("extension request"));
        assert!(Extended.set_by_hand(Withdrawn).unwrap_err().0[0].message.contains("withdrawal request"));
        assert!(Enrolled.set_by_hand(Recommended).unwrap_err().0[0].message.contains("completed by its signed"));
        assert_eq!(Completed.set_by_hand(Recommended), Ok(Recommended));
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
