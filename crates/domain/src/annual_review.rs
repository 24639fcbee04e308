//! The e-portfolio's annual review: "reviewed by the candidate and their coach annually". Each
//! marks the portfolio reviewed for each program year, once.

use crate::text_enum::text_enum;
use crate::validation::{FieldError, Invalid};
use time::{Date, Duration};

text_enum! {
    /// Who marks a year's portfolio reviewed.
    Reviewer {
        Candidate = "candidate",
        /// The candidate's current coach.
        Coach = "coach",
    }
}

/// How long before a program year ends its review is asked for (the end-of-year meeting falls
/// in these weeks).
pub const ASK_DAYS_BEFORE_YEAR_END: i64 = 60;

/// Whether the review of a year ending on `year_ends` is asked for `today`.
pub fn asked(year_ends: Date, today: Date) -> bool {
    year_ends - today <= Duration::days(ASK_DAYS_BEFORE_YEAR_END)
}

/// A year may be marked once it has begun (`current`: the program year today falls in, the
/// last one once the program is over), among the enrollment's `years`.
pub fn check_year(year: u32, years: u32, current: Option<u32>) -> Result<(), Invalid> {
    let message = match current {
        _ if year == 0 || year > years => format!("must be a program year from 1 to {years}"),
        None => "the program has not begun".to_string(),
        Some(now) if year > now => format!("year {year} has not begun; it is year {now}"),
        Some(_) => return Ok(()),
    };
    Invalid::check(vec![FieldError::new("program_year", message)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_year_is_asked_from_sixty_days_before_it_ends() {
        let ends = date!(2026 - 08 - 31);
        assert!(!asked(ends, date!(2026 - 07 - 01)));
        assert!(asked(ends, date!(2026 - 07 - 02)));
        assert!(asked(ends, date!(2026 - 12 - 07)), "and after, until marked");
    }

    #[test]
    fn only_a_begun_year_of_the_program_is_marked() {
        assert!(check_year(1, 2, Some(2)).is_ok() && check_year(2, 2, Some(2)).is_ok());
        assert_eq!(check_year(2, 2, Some(1)).unwrap_err().0[0].field, "program_year");
        assert!(check_year(3, 2, Some(2)).is_err() && check_year(0, 2, Some(1)).is_err());
        assert!(check_year(1, 2, None).is_err());
    }
}
