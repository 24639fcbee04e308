//! The hours ledger: coaching logs turned into what the program checks, month by month of each
//! program year. Amounts are whole minutes, so every sum is exact.

use crate::settings::RequirementSettings;
use serde::Serialize;
use time::{Date, Month};
use utoipa::ToSchema;

/// A calendar month as one number (year × 12 + month − 1), as stored beside each log so
/// months can be grouped by the database on any backend.
pub fn month_index(date: Date) -> i32 {
    date.year() * 12 + i32::from(u8::from(date.month())) - 1
}

fn month_of(index: i32) -> (i32, u8) {
    (index.div_euclid(12), index.rem_euclid(12) as u8 + 1)
}

fn first_day(index: i32) -> Date {
    let (y, m) = month_of(index);
    Date::from_calendar_date(y, Month::try_from(m).expect("1..=12"), 1).expect("valid date")
}

fn last_day(index: i32) -> Date {
    first_day(index + 1).previous_day().expect("not the first date")
}

/// The counted coaching of one calendar month.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MonthTotal {
    pub month: i32,
    pub minutes: u32,
    pub face_to_face_minutes: u32,
    pub sessions: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MonthStatus {
    Past,
    Current,
    Future,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct MonthLedger {
    /// "YYYY-MM".
    #[schema(example = "2025-09")]
    pub month: String,
    /// A month the program counts (September–May by default).
    pub counted: bool,
    pub minutes: u32,
    pub face_to_face_minutes: u32,
    pub system_of_support_minutes: u32,
    pub sessions: u32,
    /// A counted month that has ended with less than the monthly minimum.
    pub below_minimum: bool,
    pub status: MonthStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct YearLedger {
    #[schema(minimum = 1)]
    pub year: u32,
    pub start_date: Date,
    pub end_date: Date,
    pub minutes: u32,
    pub face_to_face_minutes: u32,
    pub system_of_support_minutes: u32,
    pub sessions: u32,
    pub meets_hours: bool,
    pub meets_face_to_face: bool,
    pub meets_sessions: bool,
    /// Minutes still needed to meet the year's requirement.
    pub remaining_minutes: u32,
    /// Counted months not yet over (this one included).
    pub counted_months_left: u32,
    /// Minutes a month needed in the counted months left to finish the year on time.
    pub pace_minutes_per_month: u32,
    /// Fewer minutes so far than the monthly minimum for every counted month already over.
    pub behind_pace: bool,
    pub months: Vec<MonthLedger>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Ledger {
    pub monthly_minimum_minutes: u32,
    pub yearly_required_minutes: u32,
    pub yearly_face_to_face_required_minutes: u32,
    pub min_sessions_per_year: u32,
    pub total_required_minutes: u32,
    pub total_minutes: u32,
    pub meets_total: bool,
    /// The program year today falls in, if any.
    pub current_year: Option<u32>,
    pub years: Vec<YearLedger>,
}

/// Builds the ledger of a candidate whose cohort started on `cohort_start`, over at least
/// `program_years` years (more when logs fall later, as for an extended candidate).
pub fn ledger(
    settings: &RequirementSettings,
    cohort_start: Date,
    program_years: u32,
    totals: &[MonthTotal],
    today: Date,
) -> Ledger {
    let first = month_index(cohort_start);
    let last_logged = totals.iter().map(|t| t.month).max().unwrap_or(first);
    let years = program_years.max(1).max(((last_logged - first).max(0) / 12 + 1) as u32);
    let now = month_index(today);
    let min = settings.monthly_coaching_minutes;
    let mut out = Ledger {
        monthly_minimum_minutes: min,
        yearly_required_minutes: settings.yearly_coaching_minutes,
        yearly_face_to_face_required_minutes: settings.yearly_face_to_face_minutes,
        min_sessions_per_year: settings.min_sessions_per_year,
        total_required_minutes: settings.total_coaching_minutes,
        total_minutes: 0,
        meets_total: false,
        current_year: None,
        years: Vec::with_capacity(years as usize),
    };
    for y in 0..years {
        let start = first + y as i32 * 12;
        let mut year = YearLedger {
            year: y + 1,
            start_date: first_day(start),
            end_date: last_day(start + 11),
            minutes: 0,
            face_to_face_minutes: 0,
            system_of_support_minutes: 0,
            sessions: 0,
            meets_hours: false,
            meets_face_to_face: false,
            meets_sessions: false,
            remaining_minutes: 0,
            counted_months_left: 0,
            pace_minutes_per_month: 0,
            behind_pace: false,
            months: Vec::with_capacity(12),
        };
        let mut counted_past = 0;
        for index in start..start + 12 {
            let t = totals.iter().filter(|t| t.month == index).fold(MonthTotal::default(), |a, t| MonthTotal {
                month: index,
                minutes: a.minutes + t.minutes,
                face_to_face_minutes: a.face_to_face_minutes + t.face_to_face_minutes,
                sessions: a.sessions + t.sessions,
            });
            let (cy, cm) = month_of(index);
            let counted = settings.coaching_months.contains(&cm);
            let status = match index.cmp(&now) {
                std::cmp::Ordering::Less => MonthStatus::Past,
                std::cmp::Ordering::Equal => MonthStatus::Current,
                std::cmp::Ordering::Greater => MonthStatus::Future,
            };
            if status == MonthStatus::Current {
                out.current_year = Some(y + 1);
            }
            if counted && status == MonthStatus::Past {
                counted_past += 1;
            }
            if counted && status != MonthStatus::Past {
                year.counted_months_left += 1;
            }
            year.minutes += t.minutes;
            year.face_to_face_minutes += t.face_to_face_minutes;
            year.sessions += t.sessions;
            year.months.push(MonthLedger {
                month: format!("{cy:04}-{cm:02}"),
                counted,
                minutes: t.minutes,
                face_to_face_minutes: t.face_to_face_minutes,
                system_of_support_minutes: t.minutes - t.face_to_face_minutes,
                sessions: t.sessions,
                below_minimum: counted && status == MonthStatus::Past && t.minutes < min,
                status,
            });
        }
        year.system_of_support_minutes = year.minutes - year.face_to_face_minutes;
        year.meets_hours = year.minutes >= settings.yearly_coaching_minutes;
        year.meets_face_to_face = year.face_to_face_minutes >= settings.yearly_face_to_face_minutes;
        year.meets_sessions = year.sessions >= settings.min_sessions_per_year;
        year.remaining_minutes = settings.yearly_coaching_minutes.saturating_sub(year.minutes);
        year.pace_minutes_per_month = match year.counted_months_left {
            0 => 0,
            left => year.remaining_minutes.div_ceil(left),
        };
        let in_progress = year.counted_months_left > 0 && counted_past > 0;
        year.behind_pace = in_progress && year.minutes < min * counted_past;
        out.total_minutes += year.minutes;
        out.years.push(year);
    }
    out.meets_total = out.total_minutes >= settings.total_coaching_minutes;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    fn total(date: Date, minutes: u32, f2f: bool) -> MonthTotal {
        MonthTotal {
            month: month_index(date),
            minutes,
            face_to_face_minutes: if f2f { minutes } else { 0 },
            sessions: 1,
        }
    }

    #[test]
    fn months_follow_the_cohort_and_count_september_to_may() {
        let l = ledger(&RequirementSettings::default(), date!(2025 - 09 - 01), 2, &[], date!(2026 - 11 - 22));
        assert_eq!(l.years.len(), 2);
        let y1 = &l.years[0];
        assert_eq!((y1.start_date, y1.end_date), (date!(2025 - 09 - 01), date!(2026 - 08 - 31)));
        assert_eq!(y1.months.first().unwrap().month, "2025-09");
        assert_eq!(y1.months.last().unwrap().month, "2026-08");
        let counted: Vec<_> = y1.months.iter().filter(|m| m.counted).map(|m| m.month.as_str()).collect();
        assert_eq!(counted.len(), 9);
        assert!(!counted.contains(&"2026-06"));
        assert_eq!(l.current_year, Some(2));
    }

    #[test]
    fn a_month_below_the_minimum_is_flagged_once_it_is_over() {
        let logs = [
            total(date!(2025 - 09 - 10), 300, true),
            total(date!(2025 - 10 - 10), 120, false),
            total(date!(2025 - 11 - 03), 60, true),
        ];
        let l = ledger(&RequirementSettings::default(), date!(2025 - 09 - 01), 2, &logs, date!(2025 - 11 - 15));
        let m = &l.years[0].months;
        assert!(!m[0].below_minimum, "270 minutes were met");
        assert!(m[1].below_minimum);
        assert!(!m[2].below_minimum, "November is not over yet");
        assert_eq!(m[2].status, MonthStatus::Current);
        assert_eq!(l.years[0].minutes, 480);
        assert_eq!(l.years[0].face_to_face_minutes, 360);
        assert_eq!(l.years[0].system_of_support_minutes, 120);
        // Two months over, 540 minutes expected, 480 logged: behind.
        assert!(l.years[0].behind_pace);
        // 2400 − 480 = 1920 over November…May (7 months): 275 a month (rounded up).
        assert_eq!(l.years[0].counted_months_left, 7);
        assert_eq!(l.years[0].pace_minutes_per_month, 275);
    }

    #[test]
    fn meeting_the_year_and_the_program() {
        let mut logs = Vec::new();
        for (y, m) in
            [(2025, 9), (2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4), (2026, 5)]
        {
            let d = Date::from_calendar_date(y, Month::try_from(m).unwrap(), 15).unwrap();
            logs.push(total(d, 270, m % 2 == 0));
        }
        let s = RequirementSettings { yearly_face_to_face_minutes: 1200, ..Default::default() };
        let l = ledger(&s, date!(2025 - 09 - 01), 2, &logs, date!(2026 - 07 - 01));
        let y1 = &l.years[0];
        assert_eq!(y1.minutes, 2430);
        assert!(y1.meets_hours && y1.meets_sessions);
        assert_eq!(y1.face_to_face_minutes, 4 * 270);
        assert!(!y1.meets_face_to_face, "1080 of 1200 face-to-face minutes");
        assert!(!y1.behind_pace);
        assert!(!l.meets_total);
    }

    #[test]
    fn logs_past_the_program_years_extend_the_ledger() {
        let logs = [total(date!(2027 - 10 - 01), 60, true)];
        let l = ledger(&RequirementSettings::default(), date!(2025 - 09 - 01), 2, &logs, date!(2027 - 11 - 01));
        assert_eq!(l.years.len(), 3);
        assert_eq!(l.total_minutes, 60);
    }

    proptest! {
        #[test]
        fn sums_are_exact_and_consistent(
            entries in proptest::collection::vec((0i64..730, 1u32..720, any::<bool>()), 0..80),
            today in 0i64..900,
        ) {
            let start = date!(2025 - 09 - 01);
            let logs: Vec<_> = entries.iter().map(|(d, m, f)| total(start + time::Duration::days(*d), *m, *f)).collect();
            let l = ledger(&RequirementSettings::default(), start, 2, &logs, start + time::Duration::days(today));
            let all: u32 = logs.iter().map(|t| t.minutes).sum();
            prop_assert_eq!(l.total_minutes, all);
            prop_assert_eq!(l.years.iter().map(|y| y.sessions).sum::<u32>(), logs.len() as u32);
            for y in &l.years {
                prop_assert_eq!(y.months.iter().map(|m| m.minutes).sum::<u32>(), y.minutes);
                prop_assert_eq!(y.face_to_face_minutes + y.system_of_support_minutes, y.minutes);
                prop_assert_eq!(y.meets_hours, y.minutes >= 2400);
                for m in &y.months {
                    prop_assert!(!m.below_minimum || (m.counted && m.status == MonthStatus::Past && m.minutes < 270));
                }
            }
        }

        #[test]
        fn another_log_never_lowers_any_amount(
            entries in proptest::collection::vec((0i64..700, 1u32..720), 0..40),
            extra in (0i64..700, 1u32..720),
        ) {
            let start = date!(2025 - 09 - 01);
            let today = date!(2027 - 09 - 01);
            let mut logs: Vec<_> = entries.iter().map(|(d, m)| total(start + time::Duration::days(*d), *m, true)).collect();
            let before = ledger(&RequirementSettings::default(), start, 2, &logs, today);
            logs.push(total(start + time::Duration::days(extra.0), extra.1, true));
            let after = ledger(&RequirementSettings::default(), start, 2, &logs, today);
            prop_assert_eq!(after.total_minutes, before.total_minutes + extra.1);
            for (a, b) in after.years.iter().zip(&before.years) {
                prop_assert!(a.minutes >= b.minutes && a.remaining_minutes <= b.remaining_minutes);
            }
        }
    }
}
