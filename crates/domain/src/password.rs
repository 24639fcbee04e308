//! The password rules: 12 to 128 characters and not a commonly breached or trivially
//! patterned one. Length is counted in characters, not bytes, so passphrases in any script work.

use crate::validation::Invalid;

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 128;

const COMMON: &str = include_str!("../data/common-passwords.txt");

/// Checks `password` for the account identified by `username`/`email`, naming `field`.
pub fn check(field: &str, password: &str, username: &str, email: &str) -> Result<(), Invalid> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(Invalid::field(field, format!("must be at least {MIN_CHARS} characters")));
    }
    if chars > MAX_CHARS {
        return Err(Invalid::field(field, format!("must be at most {MAX_CHARS} characters")));
    }
    let lower = password.to_lowercase();
    if is_common(&lower) || is_patterned(&lower) {
        return Err(Invalid::field(field, "is too common or easy to guess; choose another"));
    }
    let local = email.split('@').next().unwrap_or_default().to_lowercase();
    for name in [username.to_lowercase(), local] {
        if name.chars().count() >= 4 && lower.contains(&name) {
            return Err(Invalid::field(field, "must not contain your username or email"));
        }
    }
    Ok(())
}

fn is_common(lower: &str) -> bool {
    COMMON.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).any(|l| l == lower)
}

/// One repeated chunk of up to four characters ("aaaaaaaaaaaa", "abcabcabcabc"), or a run of
/// consecutive characters ("123456789012" is caught as common, "abcdefghijklmnop" here).
fn is_patterned(lower: &str) -> bool {
    let chars: Vec<char> = lower.chars().collect();
    let repeated = (1..=4).any(|n| chars.len().is_multiple_of(n) && chars.chunks(n).all(|c| c == &chars[..n]));
    let run = chars.windows(2).all(|w| {
        (w[1] as i64 - w[0] as i64).abs() == 1 && w[1] as i64 - w[0] as i64 == chars[1] as i64 - chars[0] as i64
    });
    repeated || run
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(p: &str) -> bool {
        check("password", p, "maya.rivera", "maya@example.org").is_ok()
    }

    #[test]
    fn length_is_counted_in_characters() {
        assert!(!ok("short-pass1"));
        assert!(ok("twelve chars"));
        assert!(ok("ñandú-ñandú!"));
        assert!(!ok(&"x1".repeat(65)));
        assert!(ok(&"correct horse battery staple ".repeat(5)[..128]));
    }

    #[test]
    fn common_and_patterned_passwords_are_refused() {
        assert!(!ok("Password1234"));
        assert!(!ok("123456789012"));
        assert!(!ok("aaaaaaaaaaaaaaaa"));
        assert!(!ok("abcabcabcabc"));
        assert!(!ok("abcdefghijklmnop"));
        assert!(!ok("zyxwvutsrqponm"));
    }

    #[test]
    fn the_username_and_email_cannot_be_the_password() {
        assert!(!ok("maya.rivera2026!"));
        assert!(!ok("xx-MAYA-horse-battery"));
        assert!(ok("horse battery staple"));
    }

    #[test]
    fn the_error_names_the_field() {
        let err = check("new_password", "short", "u", "e@x.org").unwrap_err();
        assert_eq!(err.0[0].field, "new_password");
    }
}
