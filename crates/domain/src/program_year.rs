//! Year 1 / year 2 of a candidate, derived from the cohort's start rather than stored.

use time::Date;

/// The program year `on` falls in for a cohort that started on `cohort_start`: 1 in the first
/// twelve months, 2 in the next, and so on; `None` before the start. Extended candidates run
/// past `program_years`, so the result is not capped.
pub fn program_year(cohort_start: Date, on: Date) -> Option<u32> {
    if on < cohort_start {
        return None;
    }
    let months = (on.year() - cohort_start.year()) * 12 + i32::from(u8::from(on.month()))
        - i32::from(u8::from(cohort_start.month()));
    // A month only counts once its day-of-month is reached (Sept 15 → Sept 14 is still year 1).
    let months = if on.day() < cohort_start.day() { months - 1 } else { months };
    Some((months / 12) as u32 + 1)
}

/// The last day of a cohort's `years` program years (the day before the anniversary).
pub fn program_end(cohort_start: Date, years: u32) -> Date {
    let year = cohort_start.year() + years as i32;
    // A cohort starting on February 29 ends with February's last day.
    let anniversary = cohort_start
        .replace_year(year)
        .unwrap_or_else(|_| cohort_start.replace_day(28).and_then(|d| d.replace_year(year)).expect("the 28th exists"));
    anniversary.previous_day().expect("not the first date")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    #[test]
    fn years_turn_on_the_anniversary() {
        let start = date!(2025 - 09 - 01);
        assert_eq!(program_year(start, date!(2025 - 08 - 31)), None);
        assert_eq!(program_year(start, start), Some(1));
        assert_eq!(program_year(start, date!(2026 - 08 - 31)), Some(1));
        assert_eq!(program_year(start, date!(2026 - 09 - 01)), Some(2));
        assert_eq!(program_year(start, date!(2027 - 09 - 01)), Some(3));
    }

    #[test]
    fn two_program_years_end_the_day_before_the_second_anniversary() {
        assert_eq!(program_end(date!(2025 - 09 - 01), 2), date!(2027 - 08 - 31));
        assert_eq!(program_end(date!(2024 - 02 - 29), 1), date!(2025 - 02 - 27));
        assert_eq!(program_year(date!(2025 - 09 - 01), program_end(date!(2025 - 09 - 01), 2)), Some(2));
    }

    #[test]
    fn cohort_b_starts_in_january() {
        let start = date!(2026 - 01 - 15);
        assert_eq!(program_year(start, date!(2026 - 12 - 31)), Some(1));
        assert_eq!(program_year(start, date!(2027 - 01 - 14)), Some(1));
        assert_eq!(program_year(start, date!(2027 - 01 - 15)), Some(2));
    }

    proptest! {
        #[test]
        fn year_never_decreases(start in 0i32..3000, a in 0i32..2000, b in 0i32..2000) {
            let base = date!(2020 - 01 - 01);
            let start = base + time::Duration::days(start.into());
            let (lo, hi) = (a.min(b), a.max(b));
            let d1 = start + time::Duration::days(lo.into());
            let d2 = start + time::Duration::days(hi.into());
            prop_assert!(program_year(start, d1) <= program_year(start, d2));
            prop_assert!(program_year(start, d1).is_some());
        }
    }
}
