//! Account identity rules: emails and usernames are unique without regard to case.

use crate::text_enum::text_enum;
use crate::validation::{FieldError, Invalid};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::ValidateEmail;

/// How another person is shown: enough to recognise and contact them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct UserRef {
    pub id: uuid::Uuid,
    pub display_name: String,
    pub username: String,
    pub email: String,
}

text_enum! {
    /// A disabled account cannot sign in and its tokens stop working at once.
    UserStatus {
        Active = "active",
        Disabled = "disabled",
    }
}

/// The key uniqueness is checked on: trimmed and lower-cased.
pub fn identity_key(s: &str) -> String {
    s.trim().to_lowercase()
}

pub fn check_email(field: &str, email: &str, errors: &mut Vec<FieldError>) {
    if email.chars().count() > 254 || !email.trim().validate_email() {
        errors.push(FieldError::new(field, "must be a valid email address"));
    }
}

/// Usernames: 3–64 characters of letters, digits, '.', '-' and '_', with no '@' so a sign-in
/// name is never ambiguous between a username and an email.
pub fn check_username(field: &str, username: &str, errors: &mut Vec<FieldError>) {
    let n = username.chars().count();
    if !(3..=64).contains(&n) {
        errors.push(FieldError::new(field, "must be 3 to 64 characters"));
    } else if !username.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')) {
        errors.push(FieldError::new(field, "may contain only letters, digits, '.', '-' and '_'"));
    }
}

/// A required free-text field: not blank, at most `max` characters.
pub fn check_text(field: &str, value: &str, max: usize, errors: &mut Vec<FieldError>) {
    if value.trim().is_empty() {
        errors.push(FieldError::new(field, "must not be blank"));
    } else if value.chars().count() > max {
        errors.push(FieldError::new(field, format!("must be at most {max} characters")));
    }
}

/// An optional free-text field: at most `max` characters when present.
pub fn check_optional_text(field: &str, value: Option<&str>, max: usize, errors: &mut Vec<FieldError>) {
    if let Some(v) = value {
        if v.chars().count() > max {
            errors.push(FieldError::new(field, format!("must be at most {max} characters")));
        }
    }
}

/// Validates a new account's identity fields together.
pub fn check_new_account(email: &str, username: &str, display_name: &str) -> Result<(), Invalid> {
    let mut errors = Vec::new();
    check_email("email", email, &mut errors);
    check_username("username", username, &mut errors);
    check_text("display_name", display_name, 120, &mut errors);
    Invalid::check(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_and_surrounding_space() {
        assert_eq!(identity_key(" Maya.Rivera@Example.ORG "), "maya.rivera@example.org");
    }

    #[test]
    fn bad_identities_name_their_fields() {
        let err = check_new_account("not-an-email", "a@b", " ").unwrap_err();
        let fields: Vec<_> = err.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["email", "username", "display_name"]);
        check_new_account("maya@example.org", "maya.rivera", "Maya Rivera").unwrap();
    }
}
