//! The demo program's events: the handbook's 2019–20 CASC calendar (its Fresno County dates)
//! moved to the current program year, with a few registrations.

use crate::error::ApiError;
use coachfolio_domain::attendance::AttendanceStatus;
use coachfolio_domain::event::{Audience, EventKind, RegistrationState};
use coachfolio_domain::ids::{CohortId, DistrictId, ProgramId, UserId};
use coachfolio_persistence::attendance::{self, AttendanceMark, NewAttendance};
use coachfolio_persistence::events::{self, EventForm, NewEvent, NewRegistration};
use coachfolio_persistence::DbConnection;
use time::{Date, Duration, Month, PrimitiveDateTime, Time};

/// Who the calendar's events are for, and who registers in the demo.
pub(crate) struct Calendar {
    pub program: ProgramId,
    pub cohort_a: CohortId,
    pub cohort_b: CohortId,
    /// The district with its own coach meetings (the handbook's "Clovis Unified only").
    pub district: DistrictId,
    pub coordinator: UserId,
    pub coach: UserId,
    pub candidates: Vec<UserId>,
}

/// One line of the handbook's calendar: month and day (September to August of the program
/// year), start and end times, and what it is.
struct Line {
    month: Month,
    day: u8,
    /// Days the event spans after its first (the 2-day training).
    more_days: i64,
    from: (u8, u8),
    to: (u8, u8),
    kind: EventKind,
    title: &'static str,
    room: &'static str,
}

const fn line(
    month: Month,
    day: u8,
    from: (u8, u8),
    to: (u8, u8),
    kind: EventKind,
    title: &'static str,
    room: &'static str,
) -> Line {
    Line { month, day, more_days: 0, from, to, kind, title, room }
}

use EventKind::*;
use Month::*;

const CALENDAR: [Line; 19] = [
    line(August, 27, (17, 30), (19, 30), Orientation, "New Candidate Orientation – Cohort A", "Room 101T"),
    line(January, 7, (17, 30), (19, 30), Orientation, "New Candidate Orientation – Cohort B", "Room 270"),
    line(September, 24, (17, 30), (20, 0), CohortMeeting, "Candidate Cohort Meeting", "Room 101T & 274"),
    line(November, 12, (17, 30), (20, 0), CohortMeeting, "Candidate Cohort Meeting", "Room 101T & 274"),
    line(January, 21, (17, 30), (20, 0), CohortMeeting, "Candidate Cohort Meeting", "Room 101T & 274"),
    line(March, 31, (17, 30), (20, 0), CohortMeeting, "Candidate Cohort Meeting", "Room 101T & 274"),
    line(November, 2, (8, 30), (15, 30), ProfessionalLearning, "Professional Learning Day", "Room 101T"),
    line(March, 28, (8, 30), (15, 30), ProfessionalLearning, "Professional Learning Day", "Room 101T"),
    line(December, 10, (17, 30), (19, 30), EndOfYear, "Candidate End-of-Year Meeting – Cohort B", "Room 270"),
    line(June, 9, (17, 30), (19, 30), EndOfYear, "Candidate End-of-Year Meeting – Cohort A", "Room 101T"),
    Line {
        more_days: 1,
        ..line(September, 10, (8, 0), (15, 30), CoachTraining, "New Coach 2-Day Training", "Room 270")
    },
    line(September, 24, (13, 30), (16, 0), CoachMeeting, "Coach Meeting", "Room 201"),
    line(November, 12, (13, 30), (16, 0), CoachMeeting, "Coach Meeting", "Room 201"),
    line(January, 21, (13, 30), (16, 0), CoachMeeting, "Coach Meeting", "Room 201"),
    line(March, 31, (13, 30), (16, 0), CoachMeeting, "Coach Meeting", "Room 201"),
    line(October, 3, (15, 30), (17, 30), CoachMeeting, "Coach Meeting – Valley Joint Unified only", "PLC Room 7"),
    line(December, 12, (15, 0), (17, 0), CoachMeeting, "Coach Meeting – Valley Joint Unified only", "PLC Room 7"),
    line(February, 6, (15, 30), (17, 30), CoachMeeting, "Coach Meeting – Valley Joint Unified only", "PLC Room 7"),
    line(April, 16, (15, 0), (17, 0), CoachMeeting, "Coach Meeting – Valley Joint Unified only", "PLC Room 7"),
];

/// The program year `today` is in begins in this year's September (or last year's).
fn program_year_start(today: Date) -> i32 {
    if today.month() as u8 >= 8 {
        today.year()
    } else {
        today.year() - 1
    }
}

fn at(date: Date, (h, m): (u8, u8)) -> PrimitiveDateTime {
    PrimitiveDateTime::new(date, Time::from_hms(h, m, 0).expect("a time of the calendar"))
}

/// The calendar's event forms for the program year of `today`.
fn forms(cal: &Calendar, today: Date) -> Vec<EventForm> {
    let first = program_year_start(today);
    CALENDAR
        .iter()
        .map(|l| {
            let year = if (l.month as u8) >= 8 { first } else { first + 1 };
            let day = Date::from_calendar_date(year, l.month, l.day).expect("a date of the calendar");
            let (starts_at, ends_at) = (at(day, l.from), at(day + Duration::days(l.more_days), l.to));
            let cohort_id = match l.title {
                t if t.ends_with("Cohort A") => Some(cal.cohort_a),
                t if t.ends_with("Cohort B") => Some(cal.cohort_b),
                _ => None,
            };
            let for_coaches = matches!(l.kind, CoachTraining | CoachMeeting);
            let length = (ends_at - starts_at).whole_minutes() as i32;
            EventForm {
                kind: l.kind,
                title: l.title.into(),
                description: String::new(),
                cohort_id,
                district_id: l.title.ends_with("only").then_some(cal.district),
                audience: if for_coaches { Audience::Coaches } else { Audience::Candidates },
                location_name: "Demo County Office of Education".into(),
                location_room: l.room.into(),
                location_address: "1177 Van Ness Ave., Towers Bldg., Fresno, CA 93721".into(),
                starts_at,
                ends_at,
                capacity: match l.kind {
                    CohortMeeting => Some(40),
                    ProfessionalLearning => Some(60),
                    _ => None,
                },
                registration_opens_at: None,
                registration_closes_at: Some(at(day - Duration::days(2), (17, 0))),
                // The 2-day training credits its two days (16 hours), not the night between.
                credited_minutes: if l.kind == CoachTraining { 16 * 60 } else { length },
            }
        })
        .collect()
}

/// What seeding has handed out so far: the next meetings registered for, the one absence.
struct Seeding {
    next_cohort_meeting: bool,
    next_coach_meeting: bool,
    first_absence: bool,
}

/// Schedules last program year's calendar (Cohort A's first year, all held and attended but for
/// one absence) and this year's; the demo candidates and coach attended this year's meetings
/// held so far and registered for the next cohort and coach meetings.
pub(crate) fn seed(c: &mut DbConnection, cal: &Calendar, today: Date) -> Result<(), ApiError> {
    let mut s = Seeding { next_cohort_meeting: true, next_coach_meeting: true, first_absence: true };
    for (year_of, first_year) in [(today - Duration::days(365), true), (today, false)] {
        let mut forms = forms(cal, year_of);
        forms.sort_by_key(|f| f.starts_at);
        for form in forms {
            schedule(c, cal, form, today, first_year, &mut s)?;
        }
    }
    Ok(())
}

/// A cohort that has finished: its candidates' events of its two program years (from
/// `start`), all held for it alone and attended by `candidate`. Coach events are the other
/// cohorts' calendar's.
pub(crate) fn seed_finished(
    c: &mut DbConnection,
    cal: &Calendar,
    start: Date,
    candidate: UserId,
) -> Result<(), ApiError> {
    for year_of in [start + Duration::days(15), start + Duration::days(380)] {
        let candidates_events = forms(cal, year_of).into_iter().filter(|f| {
            let for_cohort = !matches!(f.kind, Orientation | EndOfYear) || f.cohort_id == Some(cal.cohort_a);
            f.audience == Audience::Candidates
                && for_cohort
                && !(f.kind == Orientation && year_of > start + Duration::days(30))
        });
        for form in candidates_events {
            let row = events::insert(
                c,
                &NewEvent::new(cal.program, EventForm { cohort_id: Some(cal.cohort_a), ..form }, cal.coordinator),
            )?;
            events::insert_registration(
                c,
                &NewRegistration::new(&row, candidate, candidate, RegistrationState::Confirmed, 1),
            )?;
            let mark = AttendanceMark {
                status: AttendanceStatus::Attended,
                note: String::new(),
                credited_minutes: row.form.credited_minutes,
                makeup_event_id: None,
                makeup_on: None,
                makeup_note: String::new(),
            };
            attendance::insert(
                c,
                &[NewAttendance::new(row.id, row.program_id, candidate, false, mark, cal.coordinator)],
            )?;
        }
    }
    Ok(())
}

fn schedule(
    c: &mut DbConnection,
    cal: &Calendar,
    form: EventForm,
    today: Date,
    first_year: bool,
    s: &mut Seeding,
) -> Result<(), ApiError> {
    let upcoming = form.starts_at.date() > today;
    let held = form.ends_at.date() < today;
    let kind = form.kind;
    let row = events::insert(c, &NewEvent::new(cal.program, form, cal.coordinator))?;
    let for_cohort_a = row.form.cohort_id.is_none_or(|id| id == cal.cohort_a);
    let only_cohort_a = row.form.cohort_id == Some(cal.cohort_a);
    let for_all_coaches = row.form.district_id.is_none();
    let people = match kind {
        CohortMeeting | ProfessionalLearning if held && for_cohort_a => cal.candidates.clone(),
        Orientation | EndOfYear if held && first_year && only_cohort_a => cal.candidates.clone(),
        CoachMeeting | CoachTraining if held && for_all_coaches => vec![cal.coach],
        CohortMeeting if upcoming && s.next_cohort_meeting => {
            s.next_cohort_meeting = false;
            cal.candidates.clone()
        }
        CoachMeeting if upcoming && s.next_coach_meeting && for_all_coaches => {
            s.next_coach_meeting = false;
            vec![cal.coach]
        }
        _ => return Ok(()),
    };
    let mut marks = Vec::new();
    for (i, person) in people.iter().enumerate() {
        let new = NewRegistration::new(&row, *person, *person, RegistrationState::Confirmed, i as i32 + 1);
        events::insert_registration(c, &new)?;
        if held {
            let absent = kind == CohortMeeting && i + 1 == people.len() && std::mem::take(&mut s.first_absence);
            let mark = AttendanceMark {
                status: if absent { AttendanceStatus::Absent } else { AttendanceStatus::Attended },
                note: String::new(),
                credited_minutes: if absent { 0 } else { row.form.credited_minutes },
                makeup_event_id: None,
                makeup_on: None,
                makeup_note: String::new(),
            };
            marks.push(NewAttendance::new(row.id, row.program_id, *person, false, mark, cal.coordinator));
        }
    }
    attendance::insert(c, &marks)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    fn calendar() -> Calendar {
        Calendar {
            program: ProgramId::new(),
            cohort_a: CohortId::new(),
            cohort_b: CohortId::new(),
            district: DistrictId::new(),
            coordinator: UserId::new(),
            coach: UserId::new(),
            candidates: vec![],
        }
    }

    #[test]
    fn the_handbook_calendar_moves_to_the_current_program_year() {
        let cal = calendar();
        let forms = forms(&cal, date!(2026 - 12 - 02));
        let first = |title: &str| forms.iter().find(|f| f.title == title).unwrap();
        let orientation_b = first("New Candidate Orientation – Cohort B");
        assert_eq!(orientation_b.starts_at, datetime!(2027-01-07 17:30));
        assert_eq!(orientation_b.cohort_id, Some(cal.cohort_b));
        let training = first("New Coach 2-Day Training");
        assert_eq!((training.starts_at, training.ends_at), (datetime!(2026-09-10 08:00), datetime!(2026-09-11 15:30)));
        assert_eq!(training.credited_minutes, 960);
        let meeting = first("Candidate Cohort Meeting");
        assert_eq!(
            (meeting.starts_at, meeting.credited_minutes, meeting.capacity),
            (datetime!(2026-09-24 17:30), 150, Some(40))
        );
        let valley = first("Coach Meeting – Valley Joint Unified only");
        assert_eq!((valley.district_id, valley.audience), (Some(cal.district), Audience::Coaches));
        assert_eq!(forms.iter().filter(|f| f.kind == CohortMeeting).count(), 4, "offered four times a year");
        for f in &forms {
            let mut errors = Vec::new();
            coachfolio_domain::event::check_schedule(&f.schedule(), f.credited_minutes as u32, &mut errors);
            assert!(errors.is_empty(), "{}: {errors:?}", f.title);
        }
    }
}
