//! Attendance at events and the meeting counts the requirements use: orientation (year 1),
//! candidate cohort meetings (3 of the 4 offered a year, 6 over two years), the end-of-year
//! meeting each year, coach meetings (4 of 4 a school year) and the coaches' 2-day training.
//! No I/O: the API loads marks and events and asks these functions what they add up to.

use crate::event::EventKind;
use crate::ids::EventId;
use crate::settings::RequirementSettings;
use crate::text_enum::text_enum;
use crate::validation::FieldError;
use serde::Serialize;
use time::{Date, Duration, Month};
use utoipa::ToSchema;

text_enum! {
    /// What the sign-in sheet says of a person at an event.
    AttendanceStatus {
        Attended = "attended",
        Absent = "absent",
        /// Absent with the coordinator's leave; still a meeting to make up.
        Excused = "excused",
    }
}

pub const MAX_NOTE: usize = 2_000;

/// Kinds whose attendance a requirement counts, so an absence from one may be made up.
pub fn is_required(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Orientation
            | EventKind::CoachTraining
            | EventKind::CohortMeeting
            | EventKind::CoachMeeting
            | EventKind::EndOfYear
    )
}

/// A make-up as asked for: another session of the same kind, or a date and note the
/// coordinator records (a district-run make-up, the materials worked through with the coach).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MakeupInput {
    pub session: Option<Session>,
    pub on: Option<Date>,
    pub note: String,
}

/// An event as the make-up rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Session {
    pub id: EventId,
    pub kind: EventKind,
    /// The day it starts, in the program's time zone.
    pub on: Date,
    pub cancelled: bool,
}

/// Checks a make-up of an absence from `missed` (field names under `makeup.`): only an
/// absence from a required meeting is made up, by another held session of the same kind or by
/// a dated note, never before the meeting missed nor after `today`; a missed end-of-year
/// meeting within the program's make-up days.
pub fn check_makeup(
    missed: &Session,
    status: AttendanceStatus,
    m: &MakeupInput,
    today: Date,
    settings: &RequirementSettings,
    errors: &mut Vec<FieldError>,
) {
    if status == AttendanceStatus::Attended {
        errors.push(FieldError::new("makeup", "only an absence is made up"));
        return;
    }
    if !is_required(missed.kind) {
        errors.push(FieldError::new("makeup", format!("a {} is not a required meeting", missed.kind)));
        return;
    }
    let (field, on) = match (&m.session, m.on) {
        (Some(_), Some(_)) => {
            errors.push(FieldError::new("makeup", "give the make-up session or a date, not both"));
            return;
        }
        (None, None) => {
            errors.push(FieldError::new("makeup.date", "give the make-up session or the date it was made up"));
            return;
        }
        (Some(s), None) => {
            if s.id == missed.id || s.kind != missed.kind || s.cancelled {
                errors
                    .push(FieldError::new("makeup.event_id", format!("must be another held {} session", missed.kind)));
                return;
            }
            ("makeup.event_id", s.on)
        }
        (None, Some(on)) => {
            if m.note.trim().is_empty() {
                errors.push(FieldError::new("makeup.note", "say how it was made up"));
            }
            ("makeup.date", on)
        }
    };
    if m.note.chars().count() > MAX_NOTE {
        errors.push(FieldError::new("makeup.note", format!("must be at most {MAX_NOTE} characters")));
    }
    if on < missed.on {
        errors.push(FieldError::new(field, "must be on or after the meeting missed"));
    } else if on > today {
        errors.push(FieldError::new(field, "cannot be in the future"));
    } else if missed.kind == EventKind::EndOfYear {
        let last = missed.on + Duration::days(settings.end_of_year_makeup_days.into());
        if on > last {
            errors.push(FieldError::new(
                field,
                format!(
                    "a missed end-of-year meeting is made up within {} days (by {last})",
                    settings.end_of_year_makeup_days
                ),
            ));
        }
    }
}

/// One person's mark at one event, as the counts read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub event_id: EventId,
    pub kind: EventKind,
    pub on: Date,
    pub status: AttendanceStatus,
    /// The absence was made up (at a session or by a dated note).
    pub made_up: bool,
    /// The session that made it up, if any.
    pub makeup_event_id: Option<EventId>,
    /// Time credited for attending (professional learning), kept as it was when marked.
    pub credited_minutes: u32,
}

/// The marks that satisfy a requirement: each attended meeting, and each absence made up. A
/// session attended to make up an absence counts once, for the meeting missed.
pub fn counted(marks: &[Mark]) -> impl Iterator<Item = &Mark> {
    marks.iter().filter(move |m| match m.status {
        AttendanceStatus::Attended => !marks.iter().any(|o| o.made_up && o.makeup_event_id == Some(m.event_id)),
        _ => m.made_up,
    })
}

/// A requirement's count: how many counted (of which made up), how many were offered, how
/// many are required, and whether it is met.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Tally {
    pub counted: u32,
    /// Of the counted, absences made up.
    pub made_up: u32,
    /// Sessions held or scheduled for the person (not cancelled).
    pub offered: u32,
    pub required: u32,
    pub met: bool,
}

impl Tally {
    fn of<'a>(counted: impl Iterator<Item = &'a Mark>, offered: u32, required: u32) -> Tally {
        let (mut n, mut made_up) = (0, 0);
        for m in counted {
            n += 1;
            made_up += u32::from(m.status != AttendanceStatus::Attended);
        }
        Tally { counted: n, made_up, offered, required, met: n >= required }
    }
}

/// A candidate's program year of meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct CandidateYear {
    pub year: u32,
    pub starts_on: Date,
    pub ends_on: Date,
    /// Year 1 only.
    pub orientation: Option<Tally>,
    pub cohort_meetings: Tally,
    pub end_of_year: Tally,
    /// Minutes credited by the professional-learning events attended this year (before the
    /// program's cap on them).
    pub pl_event_minutes: u32,
}

/// A candidate's meeting counts over the program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct CandidateCounts {
    pub years: Vec<CandidateYear>,
    /// Cohort meetings over the whole program (6 over two years).
    pub cohort_meetings_total: Tally,
    /// Every meeting requirement met.
    pub met: bool,
}

/// How long before the cohort's start its orientation may be held and still count for year 1
/// (the handbook's calendar holds Cohort A's in late August for a September start).
pub const ORIENTATION_LEAD_DAYS: i64 = 60;

/// A candidate's counts from the cohort's start, `years` long: `offered` are the kinds and
/// days of the events held or scheduled for them, `marks` their marks.
pub fn candidate_counts(
    s: &RequirementSettings,
    cohort_start: Date,
    years: u32,
    offered: &[(EventKind, Date)],
    marks: &[Mark],
) -> CandidateCounts {
    let year_of = |kind: EventKind, d: Date| {
        let early_orientation = kind == EventKind::Orientation
            && d < cohort_start
            && d >= cohort_start - Duration::days(ORIENTATION_LEAD_DAYS);
        if early_orientation {
            Some(1)
        } else {
            crate::program_year::program_year(cohort_start, d)
        }
    };
    let counted: Vec<&Mark> = counted(marks).collect();
    let years: Vec<CandidateYear> = (1..=years.max(1))
        .map(|y| {
            let in_year = |kind: EventKind| {
                counted.iter().copied().filter(move |m| m.kind == kind && year_of(kind, m.on) == Some(y))
            };
            let offered_of = |kind: EventKind| {
                offered.iter().filter(|(k, d)| *k == kind && year_of(kind, *d) == Some(y)).count() as u32
            };
            let starts_on = if y == 1 {
                cohort_start
            } else {
                crate::program_year::program_end(cohort_start, y - 1).next_day().expect("a later date")
            };
            CandidateYear {
                year: y,
                starts_on,
                ends_on: crate::program_year::program_end(cohort_start, y),
                orientation: (y == 1).then(|| {
                    Tally::of(
                        in_year(EventKind::Orientation),
                        offered_of(EventKind::Orientation),
                        s.orientation_meetings_required,
                    )
                }),
                cohort_meetings: Tally::of(
                    in_year(EventKind::CohortMeeting),
                    offered_of(EventKind::CohortMeeting),
                    s.cohort_meetings_required_per_year,
                ),
                end_of_year: Tally::of(
                    in_year(EventKind::EndOfYear),
                    offered_of(EventKind::EndOfYear),
                    s.end_of_year_meetings_required_per_year,
                ),
                pl_event_minutes: marks
                    .iter()
                    .filter(|m| m.status == AttendanceStatus::Attended && year_of(m.kind, m.on) == Some(y))
                    .filter(|m| m.kind == EventKind::ProfessionalLearning)
                    .map(|m| m.credited_minutes)
                    .sum(),
            }
        })
        .collect();
    let cohort_meetings_total = Tally::of(
        counted.iter().copied().filter(|m| m.kind == EventKind::CohortMeeting && year_of(m.kind, m.on).is_some()),
        years.iter().map(|y| y.cohort_meetings.offered).sum(),
        s.cohort_meetings_required_total,
    );
    let met = cohort_meetings_total.met
        && years.iter().all(|y| y.orientation.is_none_or(|o| o.met) && y.cohort_meetings.met && y.end_of_year.met);
    CandidateCounts { years, cohort_meetings_total, met }
}

/// The school year `on` falls in, named by the calendar year it starts in (coaches' meetings
/// are counted by school year: they coach candidates of cohorts that start in different
/// months).
pub fn school_year(on: Date, start_month: u8) -> i32 {
    if u8::from(on.month()) >= start_month {
        on.year()
    } else {
        on.year() - 1
    }
}

/// The first day of school year `year`.
pub fn school_year_start(year: i32, start_month: u8) -> Date {
    let month = Month::try_from(start_month.clamp(1, 12)).expect("a month");
    Date::from_calendar_date(year, month, 1).expect("the first of a month")
}

/// A coach's school year of coach meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct CoachYear {
    /// The calendar year it starts in (2026 for 2026–27).
    pub school_year: i32,
    pub starts_on: Date,
    pub coach_meetings: Tally,
}

/// A coach's meeting counts: each school year's coach meetings and the 2-day training.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct CoachCounts {
    pub years: Vec<CoachYear>,
    /// The new coaches' 2-day training, once.
    pub training: Tally,
}

/// A coach's counts for the school years from `first` to `last`.
pub fn coach_counts(
    s: &RequirementSettings,
    first: i32,
    last: i32,
    offered: &[(EventKind, Date)],
    marks: &[Mark],
) -> CoachCounts {
    let sy = |d: Date| school_year(d, s.school_year_start_month);
    let counted: Vec<&Mark> = counted(marks).collect();
    let years = (first..=last.max(first))
        .map(|y| CoachYear {
            school_year: y,
            starts_on: school_year_start(y, s.school_year_start_month),
            coach_meetings: Tally::of(
                counted.iter().copied().filter(|m| m.kind == EventKind::CoachMeeting && sy(m.on) == y),
                offered.iter().filter(|(k, d)| *k == EventKind::CoachMeeting && sy(*d) == y).count() as u32,
                s.coach_meetings_required_per_year,
            ),
        })
        .collect();
    let training = Tally::of(
        counted.iter().copied().filter(|m| m.kind == EventKind::CoachTraining),
        offered.iter().filter(|(k, _)| *k == EventKind::CoachTraining).count() as u32,
        s.coach_trainings_required,
    );
    CoachCounts { years, training }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    fn session(kind: EventKind, on: Date) -> Session {
        Session { id: EventId::new(), kind, on, cancelled: false }
    }

    fn fields(missed: &Session, status: AttendanceStatus, m: &MakeupInput, today: Date) -> Vec<String> {
        let mut e = Vec::new();
        check_makeup(missed, status, m, today, &RequirementSettings::default(), &mut e);
        e.into_iter().map(|f| f.field).collect()
    }

    #[test]
    fn a_missed_end_of_year_meeting_is_made_up_within_a_month() {
        let missed = session(EventKind::EndOfYear, date!(2027 - 06 - 09));
        let by = |on| MakeupInput { on: Some(on), note: "Met with the coordinator".into(), ..Default::default() };
        let today = date!(2027 - 08 - 01);
        assert!(fields(&missed, AttendanceStatus::Absent, &by(date!(2027 - 07 - 09)), today).is_empty());
        assert_eq!(fields(&missed, AttendanceStatus::Absent, &by(date!(2027 - 07 - 10)), today), ["makeup.date"]);
        let late =
            MakeupInput { session: Some(session(EventKind::EndOfYear, date!(2027 - 07 - 20))), ..Default::default() };
        assert_eq!(fields(&missed, AttendanceStatus::Excused, &late, today), ["makeup.event_id"]);
    }

    #[test]
    fn a_cohort_meeting_is_made_up_by_another_session_of_its_kind_at_any_later_date() {
        let missed = session(EventKind::CohortMeeting, date!(2026 - 10 - 22));
        let today = date!(2027 - 03 - 01);
        let other = MakeupInput {
            session: Some(session(EventKind::CohortMeeting, date!(2027 - 02 - 11))),
            ..Default::default()
        };
        assert!(fields(&missed, AttendanceStatus::Absent, &other, today).is_empty());
        let wrong_kind = MakeupInput {
            session: Some(session(EventKind::CoachMeeting, date!(2027 - 02 - 11))),
            ..Default::default()
        };
        assert_eq!(fields(&missed, AttendanceStatus::Absent, &wrong_kind, today), ["makeup.event_id"]);
        let itself = MakeupInput { session: Some(missed), ..Default::default() };
        assert_eq!(fields(&missed, AttendanceStatus::Absent, &itself, today), ["makeup.event_id"]);
        let cancelled = MakeupInput {
            session: Some(Session { cancelled: true, ..session(EventKind::CohortMeeting, date!(2027 - 01 - 11)) }),
            ..Default::default()
        };
        assert_eq!(fields(&missed, AttendanceStatus::Absent, &cancelled, today), ["makeup.event_id"]);
        let future = MakeupInput {
            session: Some(session(EventKind::CohortMeeting, date!(2027 - 04 - 11))),
            ..Default::default()
        };
        assert_eq!(fields(&missed, AttendanceStatus::Absent, &future, today), ["makeup.event_id"]);
        let before = MakeupInput { on: Some(date!(2026 - 10 - 01)), note: "x".into(), ..Default::default() };
        assert_eq!(fields(&missed, AttendanceStatus::Absent, &before, today), ["makeup.date"]);
    }

    #[test]
    fn only_an_absence_from_a_required_meeting_is_made_up_and_a_dated_make_up_says_how() {
        let today = date!(2027 - 03 - 01);
        let dated = MakeupInput {
            on: Some(date!(2026 - 11 - 01)),
            note: "Worked through the materials".into(),
            ..Default::default()
        };
        let cohort = session(EventKind::CohortMeeting, date!(2026 - 10 - 22));
        assert_eq!(fields(&cohort, AttendanceStatus::Attended, &dated, today), ["makeup"]);
        let pl = session(EventKind::ProfessionalLearning, date!(2026 - 10 - 22));
        assert_eq!(fields(&pl, AttendanceStatus::Absent, &dated, today), ["makeup"]);
        let silent = MakeupInput { note: " ".into(), ..dated.clone() };
        assert_eq!(fields(&cohort, AttendanceStatus::Absent, &silent, today), ["makeup.note"]);
        assert_eq!(fields(&cohort, AttendanceStatus::Absent, &MakeupInput::default(), today), ["makeup.date"]);
        let both = MakeupInput { session: Some(session(EventKind::CohortMeeting, date!(2026 - 11 - 01))), ..dated };
        assert_eq!(fields(&cohort, AttendanceStatus::Absent, &both, today), ["makeup"]);
    }

    fn mark(kind: EventKind, on: Date, status: AttendanceStatus) -> Mark {
        Mark { event_id: EventId::new(), kind, on, status, made_up: false, makeup_event_id: None, credited_minutes: 0 }
    }

    #[test]
    fn a_candidate_attending_three_of_four_cohort_meetings_a_year_meets_the_requirement() {
        use AttendanceStatus::*;
        use EventKind::*;
        let start = date!(2026 - 09 - 01);
        let meetings = [date!(2026 - 09 - 24), date!(2026 - 11 - 12), date!(2027 - 02 - 11), date!(2027 - 04 - 22)];
        let mut offered: Vec<_> = meetings.iter().map(|d| (CohortMeeting, *d)).collect();
        offered.extend(meetings.iter().map(|d| (CohortMeeting, *d + Duration::days(365))));
        offered.push((Orientation, date!(2026 - 09 - 10)));
        offered.push((EndOfYear, date!(2027 - 06 - 09)));
        let mut marks = vec![
            mark(Orientation, date!(2026 - 09 - 10), Attended),
            mark(CohortMeeting, meetings[0], Attended),
            mark(CohortMeeting, meetings[1], Absent),
            mark(CohortMeeting, meetings[2], Attended),
            mark(EndOfYear, date!(2027 - 06 - 09), Attended),
        ];
        let counts = candidate_counts(&RequirementSettings::default(), start, 2, &offered, &marks);
        let y1 = &counts.years[0];
        assert_eq!((y1.cohort_meetings.counted, y1.cohort_meetings.offered, y1.cohort_meetings.met), (2, 4, false));
        assert!(y1.orientation.unwrap().met && y1.end_of_year.met);
        assert_eq!(counts.years[1].orientation, None);
        assert!(!counts.met);

        marks[2].made_up = true;
        let counts = candidate_counts(&RequirementSettings::default(), start, 2, &offered, &marks);
        let y1 = &counts.years[0].cohort_meetings;
        assert_eq!((y1.counted, y1.made_up, y1.met), (3, 1, true));
        assert_eq!(counts.cohort_meetings_total.counted, 3);
        assert_eq!(counts.cohort_meetings_total.required, 6);
    }

    #[test]
    fn an_orientation_shortly_before_the_cohort_starts_counts_for_year_1() {
        let start = date!(2026 - 09 - 01);
        let august = mark(EventKind::Orientation, date!(2026 - 08 - 27), AttendanceStatus::Attended);
        let counts =
            candidate_counts(&RequirementSettings::default(), start, 2, &[(august.kind, august.on)], &[august]);
        assert_eq!(counts.years[0].orientation.map(|o| (o.counted, o.offered, o.met)), Some((1, 1, true)));
        let long_before = mark(EventKind::Orientation, date!(2026 - 05 - 01), AttendanceStatus::Attended);
        let counts = candidate_counts(&RequirementSettings::default(), start, 2, &[], &[long_before]);
        assert_eq!(counts.years[0].orientation.map(|o| o.counted), Some(0));
    }

    #[test]
    fn a_session_attended_to_make_up_an_absence_counts_once() {
        use AttendanceStatus::*;
        let start = date!(2026 - 09 - 01);
        let other = mark(EventKind::CohortMeeting, date!(2026 - 12 - 01), Attended);
        let missed = Mark {
            made_up: true,
            makeup_event_id: Some(other.event_id),
            ..mark(EventKind::CohortMeeting, date!(2026 - 11 - 12), Absent)
        };
        let counts = candidate_counts(&RequirementSettings::default(), start, 2, &[], &[missed, other]);
        assert_eq!(counts.years[0].cohort_meetings.counted, 1);
    }

    #[test]
    fn pl_event_time_is_kept_per_year_as_credited_when_marked() {
        let start = date!(2026 - 09 - 01);
        let pl = |on, credited_minutes, status| Mark {
            credited_minutes,
            ..mark(EventKind::ProfessionalLearning, on, status)
        };
        let marks = [
            pl(date!(2026 - 10 - 03), 420, AttendanceStatus::Attended),
            pl(date!(2027 - 03 - 28), 420, AttendanceStatus::Absent),
            pl(date!(2027 - 10 - 03), 360, AttendanceStatus::Attended),
        ];
        let counts = candidate_counts(&RequirementSettings::default(), start, 2, &[], &marks);
        assert_eq!(counts.years.iter().map(|y| y.pl_event_minutes).collect::<Vec<_>>(), [420, 360]);
    }

    #[test]
    fn coaches_count_by_school_year_from_july() {
        let s = RequirementSettings::default();
        assert_eq!(school_year(date!(2027 - 06 - 30), s.school_year_start_month), 2026);
        assert_eq!(school_year(date!(2027 - 07 - 01), s.school_year_start_month), 2027);
        let meetings = [date!(2026 - 09 - 24), date!(2026 - 11 - 12), date!(2027 - 01 - 21), date!(2027 - 03 - 31)];
        let offered: Vec<_> = meetings.iter().map(|d| (EventKind::CoachMeeting, *d)).collect();
        let marks: Vec<_> =
            meetings.iter().take(3).map(|d| mark(EventKind::CoachMeeting, *d, AttendanceStatus::Attended)).collect();
        let counts = coach_counts(&s, 2026, 2026, &offered, &marks);
        assert_eq!((counts.years[0].coach_meetings.counted, counts.years[0].coach_meetings.met), (3, false));
        assert_eq!((counts.training.counted, counts.training.required), (0, 1));
    }

    proptest! {
        /// However marks and make-ups fall, each counted mark is a distinct meeting: never more
        /// than the marks, and attended-or-made-up absences at most once each.
        #[test]
        fn nothing_counts_twice(statuses in proptest::collection::vec((0u8..3, any::<bool>(), proptest::option::of(0usize..8)), 0..8)) {
            let base = date!(2026 - 10 - 01);
            let mut marks: Vec<Mark> = statuses.iter().enumerate().map(|(i, (s, _, _))| {
                let status = [AttendanceStatus::Attended, AttendanceStatus::Absent, AttendanceStatus::Excused][usize::from(*s)];
                mark(EventKind::CohortMeeting, base + Duration::days(i as i64 * 20), status)
            }).collect();
            let ids: Vec<_> = marks.iter().map(|m| m.event_id).collect();
            for (m, (_, made_up, by)) in marks.iter_mut().zip(&statuses) {
                if m.status != AttendanceStatus::Attended && *made_up {
                    m.made_up = true;
                    m.makeup_event_id = by.and_then(|i| ids.get(i).copied()).filter(|id| *id != m.event_id);
                }
            }
            let n = counted(&marks).count();
            let satisfied = marks.iter().filter(|m| m.status == AttendanceStatus::Attended || m.made_up).count();
            let sessions_used: std::collections::HashSet<_> = marks.iter().filter(|m| m.made_up).filter_map(|m| m.makeup_event_id).collect();
            let attended_used = marks.iter().filter(|m| m.status == AttendanceStatus::Attended && sessions_used.contains(&m.event_id)).count();
            prop_assert_eq!(n, satisfied - attended_used);
            prop_assert!(n <= marks.len());
        }
    }
}
