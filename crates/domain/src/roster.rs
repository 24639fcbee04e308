//! The CASC Completion Candidate Roster: the recommended candidates a coordinator sends to the
//! credential office, each on one roster only; a draft until it is submitted.

use crate::enrollment::EnrollmentStatus;
use crate::ids::EnrollmentId;
use crate::text_enum::text_enum;
use crate::validation::{FieldError, Invalid};

text_enum! {
    RosterStatus {
        Draft = "draft",
        /// Sent to the credential office; it no longer changes.
        Submitted = "submitted",
    }
}

crate::step::steps! {
    RosterStep {
        Submitted = "submitted",
    }
}

impl RosterStatus {
    pub fn after(self, step: RosterStep) -> Result<RosterStatus, crate::step::Refused> {
        match step {
            RosterStep::Submitted => crate::step::submitted(self, &[RosterStatus::Draft], RosterStatus::Submitted),
        }
    }
}

/// The most candidates one roster takes.
pub const MAX_CANDIDATES: usize = 500;

/// Checks the candidates chosen for a roster: at least one, each once, each recommended, none
/// already on another roster. `status` and `on_roster` answer for each chosen enrollment of the
/// program (`None`: not one of its enrollments).
pub fn check_candidates(
    chosen: &[EnrollmentId],
    status: impl Fn(EnrollmentId) -> Option<EnrollmentStatus>,
    on_roster: impl Fn(EnrollmentId) -> bool,
) -> Result<(), Invalid> {
    let mut errors = Vec::new();
    if chosen.is_empty() || chosen.len() > MAX_CANDIDATES {
        errors.push(FieldError::new("enrollment_ids", format!("choose 1 to {MAX_CANDIDATES} recommended candidates")));
    }
    for (i, id) in chosen.iter().enumerate() {
        let field = format!("enrollment_ids[{i}]");
        if chosen[..i].contains(id) {
            errors.push(FieldError::new(field, "is chosen twice"));
            continue;
        }
        match status(*id) {
            None => errors.push(FieldError::new(field, "is not an enrollment of this program")),
            Some(EnrollmentStatus::Recommended) if on_roster(*id) => {
                errors.push(FieldError::new(field, "is already on a completion roster"))
            }
            Some(EnrollmentStatus::Recommended) => {}
            Some(s) => {
                errors.push(FieldError::new(field, format!("is {s}; only recommended candidates go on the roster")))
            }
        }
    }
    Invalid::check(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_recommended_candidates_go_on_one_roster_each() {
        let (a, b, c, d) = (EnrollmentId::new(), EnrollmentId::new(), EnrollmentId::new(), EnrollmentId::new());
        let status = |id| match id {
            x if x == a || x == b => Some(EnrollmentStatus::Recommended),
            x if x == c => Some(EnrollmentStatus::Completed),
            _ => None,
        };
        let on_roster = |id| id == b;
        assert!(check_candidates(&[a], status, on_roster).is_ok());
        let refused = check_candidates(&[a, a, b, c, d], status, on_roster).unwrap_err();
        let fields: Vec<&str> = refused.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["enrollment_ids[1]", "enrollment_ids[2]", "enrollment_ids[3]", "enrollment_ids[4]"]);
        assert!(refused.0[2].message.contains("only recommended"));
        assert_eq!(check_candidates(&[], status, on_roster).unwrap_err().0[0].field, "enrollment_ids");
        assert_eq!(RosterStatus::Draft.after(RosterStep::Submitted), Ok(RosterStatus::Submitted));
        assert!(RosterStatus::Submitted.after(RosterStep::Submitted).is_err());
    }
}
