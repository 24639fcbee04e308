//! The portfolio review's "contact the candidate": a message from the program's staff to a
//! candidate about what to follow up, kept open until someone of the staff resolves it.

use crate::portfolio_review::ReviewFlag;
use crate::step::Refused;
use crate::text_enum::text_enum;
use crate::validation::{FieldError, Invalid};

text_enum! {
    FollowUpStatus {
        /// Sent; waiting for what the candidate does about it.
        Open = "open",
        Resolved = "resolved",
    }
}

crate::step::steps! {
    FollowUpStep {
        Resolved = "resolved",
        Reopened = "reopened",
    }
}

impl FollowUpStatus {
    pub fn after(self, step: FollowUpStep) -> Result<FollowUpStatus, Refused> {
        match (step, self) {
            (FollowUpStep::Resolved, FollowUpStatus::Open) => Ok(FollowUpStatus::Resolved),
            (FollowUpStep::Reopened, FollowUpStatus::Resolved) => Ok(FollowUpStatus::Open),
            (FollowUpStep::Resolved, _) => Err(Refused("it is already resolved".into())),
            (FollowUpStep::Reopened, _) => Err(Refused("it is still open".into())),
        }
    }
}

/// The longest message, and the longest note on its resolution.
pub const MAX_MESSAGE: usize = 4000;

/// Checks a follow-up as written: a message, at most [`MAX_MESSAGE`] characters; each flag once.
pub fn check(message: &str, flags: &[ReviewFlag]) -> Result<(), Invalid> {
    let mut errors = Vec::new();
    let length = message.trim().chars().count();
    if length == 0 {
        errors.push(FieldError::new("message", "say what the candidate should know or do"));
    } else if length > MAX_MESSAGE {
        errors.push(FieldError::new("message", format!("must be at most {MAX_MESSAGE} characters")));
    }
    for (i, f) in flags.iter().enumerate() {
        if flags[..i].contains(f) {
            errors.push(FieldError::new(format!("flags[{i}]"), "is named twice"));
        }
    }
    Invalid::check(errors)
}

/// Checks the note kept with a resolution (optional).
pub fn check_note(note: Option<&str>) -> Result<(), Invalid> {
    if note.is_some_and(|n| n.trim().chars().count() > MAX_MESSAGE) {
        return Invalid::check(vec![FieldError::new("note", format!("must be at most {MAX_MESSAGE} characters"))]);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_follow_up_needs_a_message_and_names_each_flag_once() {
        assert!(check("Your interim reflection is overdue.", &[ReviewFlag::ReflectionOverdue]).is_ok());
        assert_eq!(check("  ", &[]).unwrap_err().0[0].field, "message");
        assert_eq!(check(&"x".repeat(MAX_MESSAGE + 1), &[]).unwrap_err().0[0].field, "message");
        let twice = check("Hours", &[ReviewFlag::HoursBehindPace, ReviewFlag::HoursBehindPace]).unwrap_err();
        assert_eq!(twice.0[0].field, "flags[1]");
        assert_eq!(check_note(Some(&"x".repeat(MAX_MESSAGE + 1))).unwrap_err().0[0].field, "note");
        assert!(check_note(None).is_ok());
    }

    #[test]
    fn it_is_resolved_once_and_may_be_reopened() {
        use FollowUpStatus::*;
        assert_eq!(Open.after(FollowUpStep::Resolved), Ok(Resolved));
        assert!(Resolved.after(FollowUpStep::Resolved).is_err());
        assert_eq!(Resolved.after(FollowUpStep::Reopened), Ok(Open));
        assert!(Open.after(FollowUpStep::Reopened).is_err());
    }
}
