//! Events (orientation, cohort meetings, coach meetings, professional-learning days, …) and
//! registration for them: who an event is for, when registration is open, and how places and
//! the waitlist are kept. No I/O: the persistence crate stores, the API applies these rules in
//! the transaction that holds the event.

use crate::ids::{CohortId, DistrictId};
use crate::text_enum::text_enum;
use crate::validation::FieldError;
use serde::{Deserialize, Serialize};
use time::PrimitiveDateTime;
use utoipa::ToSchema;

text_enum! {
    /// The handbook's kinds of event.
    EventKind {
        /// New candidate orientation (year 1, per cohort).
        Orientation = "orientation",
        /// The new coaches' 2-day training.
        CoachTraining = "coach_training",
        CohortMeeting = "cohort_meeting",
        CoachMeeting = "coach_meeting",
        ProfessionalLearning = "professional_learning",
        EndOfYear = "end_of_year",
        Other = "other",
    }
}

text_enum! {
    /// Who an event is for.
    Audience {
        Candidates = "candidates",
        Coaches = "coaches",
        Both = "both",
    }
}

text_enum! {
    EventStatus {
        Scheduled = "scheduled",
        /// Cancelled by a coordinator; its registrations are kept as "event cancelled".
        Cancelled = "cancelled",
    }
}

text_enum! {
    /// A registration's state. Confirmed holds a place; waitlisted waits for one, in order of
    /// arrival.
    RegistrationState {
        Confirmed = "confirmed",
        Waitlisted = "waitlisted",
        Cancelled = "cancelled",
        EventCancelled = "event_cancelled",
    }
}

impl RegistrationState {
    /// Holds a place or waits for one.
    pub fn is_open(self) -> bool {
        matches!(self, RegistrationState::Confirmed | RegistrationState::Waitlisted)
    }
}

/// Local date-times in the program's time zone, as an HTML `datetime-local` field writes them
/// (`2026-09-24T17:30`).
pub mod local_minute {
    time::serde::format_description!(pub format, PrimitiveDateTime, "[year]-[month]-[day]T[hour]:[minute]");
    pub use format::{deserialize, serialize};
    pub mod option {
        pub use super::format::option::{deserialize, serialize};
    }
}

pub const MAX_TITLE: usize = 200;
pub const MAX_TEXT: usize = 20_000;
pub const MAX_CAPACITY: u32 = 100_000;

/// Where an event is held.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Location {
    /// "Fresno County Office of Education"
    #[schema(max_length = 200)]
    pub name: String,
    #[schema(max_length = 200, example = "Room 101T")]
    pub room: String,
    #[schema(max_length = 500)]
    pub address: String,
}

/// An event's schedule and limits, the part the registration rules read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub starts_at: PrimitiveDateTime,
    pub ends_at: PrimitiveDateTime,
    pub registration_opens_at: Option<PrimitiveDateTime>,
    pub registration_closes_at: Option<PrimitiveDateTime>,
    pub capacity: Option<u32>,
}

/// Who an event is for: its audience, and a cohort or district when it is for one only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventFor {
    pub audience: Audience,
    pub cohort_id: Option<CohortId>,
    pub district_id: Option<DistrictId>,
}

/// What a person is in a program, as far as events go: the cohort and district of each of
/// their active enrollments as a candidate, and whether they coach and whom (the cohort and
/// district of each candidate they coach now).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attendee {
    pub enrolled: Vec<(CohortId, DistrictId)>,
    pub is_coach: bool,
    pub coaching: Vec<(CohortId, DistrictId)>,
}

impl EventFor {
    fn matches(&self, (cohort, district): (CohortId, DistrictId)) -> bool {
        self.cohort_id.is_none_or(|c| c == cohort) && self.district_id.is_none_or(|d| d == district)
    }

    /// Whether the person may attend, or why not. A cohort's or district's event is for the
    /// candidates of that cohort or district and for the coaches who coach one of them now (a
    /// coach belongs to no district of their own: the districts they serve are their
    /// candidates').
    pub fn admits(&self, a: &Attendee) -> Result<(), &'static str> {
        let for_candidates = matches!(self.audience, Audience::Candidates | Audience::Both);
        let for_coaches = matches!(self.audience, Audience::Coaches | Audience::Both);
        let as_candidate = for_candidates && a.enrolled.iter().any(|e| self.matches(*e));
        let is_open_to_all_coaches = self.cohort_id.is_none() && self.district_id.is_none();
        let as_coach =
            for_coaches && a.is_coach && (is_open_to_all_coaches || a.coaching.iter().any(|e| self.matches(*e)));
        if as_candidate || as_coach {
            return Ok(());
        }
        let could_be = (for_candidates && !a.enrolled.is_empty()) || (for_coaches && a.is_coach);
        Err(match (could_be, self.cohort_id, self.district_id) {
            (false, _, _) if for_coaches && !for_candidates => "the event is for coaches",
            (false, _, _) if for_candidates && !for_coaches => "the event is for candidates",
            (false, _, _) => "the event is for the program's candidates and coaches",
            (true, Some(_), _) if !a.enrolled.iter().chain(&a.coaching).any(|e| Some(e.0) == self.cohort_id) => {
                "the event is for another cohort"
            }
            _ => "the event is for another district",
        })
    }
}

/// Why registration is closed to the person themself at `now`, with the field that closes it
/// (a coordinator may still register or cancel on their behalf).
pub fn self_service_closed(s: &Schedule, now: PrimitiveDateTime) -> Option<(&'static str, &'static str)> {
    if now >= s.starts_at {
        Some(("starts_at", "the event has started"))
    } else if s.registration_opens_at.is_some_and(|o| now < o) {
        Some(("registration_opens_at", "registration is not open yet"))
    } else if s.registration_closes_at.is_some_and(|c| now > c) {
        Some(("registration_closes_at", "registration has closed; ask the program coordinator"))
    } else {
        None
    }
}

/// Checks the schedule: the end after the start, the registration window in order and closing
/// by the end, a capacity of at least one, credited time within the event.
pub fn check_schedule(s: &Schedule, credited_minutes: u32, errors: &mut Vec<FieldError>) {
    if s.ends_at <= s.starts_at {
        errors.push(FieldError::new("ends_at", "must be after the start"));
    }
    if let (Some(o), Some(c)) = (s.registration_opens_at, s.registration_closes_at) {
        if c <= o {
            errors.push(FieldError::new("registration_closes_at", "must be after registration opens"));
        }
    }
    if s.registration_closes_at.is_some_and(|c| c > s.ends_at) {
        errors.push(FieldError::new("registration_closes_at", "must be no later than the event's end"));
    }
    if s.registration_opens_at.is_some_and(|o| o >= s.starts_at) {
        errors.push(FieldError::new("registration_opens_at", "must be before the event starts"));
    }
    match s.capacity {
        Some(0) => errors.push(FieldError::new("capacity", "must be at least 1 (leave it empty for no limit)")),
        Some(n) if n > MAX_CAPACITY => {
            errors.push(FieldError::new("capacity", format!("must be at most {MAX_CAPACITY}")))
        }
        _ => {}
    }
    let span = (s.ends_at - s.starts_at).whole_minutes();
    if s.ends_at > s.starts_at && i64::from(credited_minutes) > span {
        errors.push(FieldError::new("credited_minutes", "must be no more than the event's length"));
    }
}

crate::step::steps! {
    /// An event's steps through the kernel: coordinators change it, or cancel it.
    EventStep {
        Updated = "updated",
        Cancelled = "cancelled",
    }
}

impl EventStatus {
    /// The status after `step`, or why this one refuses it.
    pub fn after(self, step: EventStep) -> Result<EventStatus, crate::step::Refused> {
        match (step, self) {
            (EventStep::Updated, EventStatus::Scheduled) => Ok(self),
            (EventStep::Cancelled, EventStatus::Scheduled) => Ok(EventStatus::Cancelled),
            (EventStep::Updated, _) => Err(crate::step::Refused("the event is cancelled".into())),
            (EventStep::Cancelled, _) => Err(crate::step::Refused("the event is already cancelled".into())),
        }
    }
}

crate::step::steps! {
    /// A registration's steps: the person (or a coordinator) cancels it; a place freed moves
    /// the first of the waitlist up; a cancelled event keeps its registrations as such.
    RegistrationStep {
        Cancelled = "cancelled",
        Promoted = "promoted",
        EventCancelled = "event_cancelled",
    }
}

impl RegistrationState {
    /// The state after `step`, or why this one refuses it.
    pub fn after(self, step: RegistrationStep) -> Result<RegistrationState, crate::step::Refused> {
        use RegistrationState::*;
        match (step, self) {
            (RegistrationStep::Cancelled, Confirmed | Waitlisted) => Ok(Cancelled),
            (RegistrationStep::Promoted, Waitlisted) => Ok(Confirmed),
            (RegistrationStep::EventCancelled, Confirmed | Waitlisted) => Ok(EventCancelled),
            (_, _) => Err(crate::step::Refused(format!("the registration is already {self}"))),
        }
    }
}

/// The state a new registration gets: a place while one is free, else the waitlist.
pub fn arriving(capacity: Option<u32>, confirmed: u32) -> RegistrationState {
    match capacity {
        Some(n) if confirmed >= n => RegistrationState::Waitlisted,
        _ => RegistrationState::Confirmed,
    }
}

/// Who registers someone: the person themself, or a coordinator on their behalf (who may do so
/// outside the registration window, until the event is over).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registrar {
    Themself,
    Coordinator,
}

/// Why someone cannot be registered now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAdmitted {
    /// The event is not for them (a 422 on who is registered).
    NotFor(&'static str),
    /// The event's state or its window closes it, naming the field that does (a 409).
    Closed(&'static str, &'static str),
}

/// An event as far as registering for it goes.
#[derive(Debug, Clone)]
pub struct Registering {
    pub status: EventStatus,
    pub for_: EventFor,
    pub schedule: Schedule,
    /// Places already confirmed.
    pub confirmed: u32,
}

/// The one rule of admission: whether `attendee` may be registered by `by` at `now`, and if
/// so the state they land in (a place, or the waitlist when the event is full).
pub fn admit(
    event: &Registering,
    attendee: &Attendee,
    by: Registrar,
    now: PrimitiveDateTime,
) -> Result<RegistrationState, NotAdmitted> {
    if event.status == EventStatus::Cancelled {
        return Err(NotAdmitted::Closed("status", "the event is cancelled"));
    }
    event.for_.admits(attendee).map_err(NotAdmitted::NotFor)?;
    match by {
        Registrar::Themself => {
            if let Some((field, why)) = self_service_closed(&event.schedule, now) {
                return Err(NotAdmitted::Closed(field, why));
            }
        }
        Registrar::Coordinator if now >= event.schedule.ends_at => {
            return Err(NotAdmitted::Closed("ends_at", "the event is over; record attendance instead"));
        }
        Registrar::Coordinator => {}
    }
    Ok(arriving(event.schedule.capacity, event.confirmed))
}

/// How many of the waitlist (first come first) move up to a place: the free places, at most
/// everyone waiting.
pub fn promotions(capacity: Option<u32>, confirmed: u32, waiting: u32) -> u32 {
    match capacity {
        None => waiting,
        Some(n) => n.saturating_sub(confirmed).min(waiting),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::datetime;

    fn schedule() -> Schedule {
        Schedule {
            starts_at: datetime!(2026-09-24 17:30),
            ends_at: datetime!(2026-09-24 20:00),
            registration_opens_at: Some(datetime!(2026-08-01 08:00)),
            registration_closes_at: Some(datetime!(2026-09-20 23:59)),
            capacity: Some(40),
        }
    }

    fn fields_of(s: &Schedule, credited: u32) -> Vec<String> {
        let mut e = Vec::new();
        check_schedule(s, credited, &mut e);
        e.into_iter().map(|f| f.field).collect()
    }

    #[test]
    fn a_cohort_meeting_as_the_handbook_schedules_it_is_valid() {
        assert!(fields_of(&schedule(), 150).is_empty());
    }

    #[test]
    fn bad_schedules_name_their_field() {
        let s = Schedule { ends_at: datetime!(2026-09-24 17:00), ..schedule() };
        assert_eq!(fields_of(&s, 0), ["ends_at"]);
        let s = Schedule { registration_closes_at: Some(datetime!(2026-07-01 08:00)), ..schedule() };
        assert_eq!(fields_of(&s, 0), ["registration_closes_at"]);
        let s = Schedule { registration_closes_at: Some(datetime!(2026-09-25 08:00)), ..schedule() };
        assert_eq!(fields_of(&s, 0), ["registration_closes_at"]);
        let s = Schedule {
            registration_opens_at: Some(datetime!(2026-09-24 18:00)),
            registration_closes_at: None,
            ..schedule()
        };
        assert_eq!(fields_of(&s, 0), ["registration_opens_at"]);
        assert_eq!(fields_of(&Schedule { capacity: Some(0), ..schedule() }, 0), ["capacity"]);
        assert_eq!(fields_of(&schedule(), 151), ["credited_minutes"], "2.5 hours is 150 minutes");
    }

    #[test]
    fn the_person_registers_themself_only_while_the_window_is_open() {
        let s = schedule();
        let field = |at| self_service_closed(&s, at).map(|(f, _)| f);
        assert_eq!(field(datetime!(2026-07-31 12:00)), Some("registration_opens_at"));
        assert_eq!(field(datetime!(2026-09-01 12:00)), None);
        assert_eq!(field(datetime!(2026-09-21 08:00)), Some("registration_closes_at"));
        let open = Schedule { registration_opens_at: None, registration_closes_at: None, ..s };
        assert_eq!(self_service_closed(&open, datetime!(2026-09-24 17:29)), None);
        assert_eq!(
            self_service_closed(&open, datetime!(2026-09-24 17:30)),
            Some(("starts_at", "the event has started"))
        );
    }

    #[test]
    fn admission_is_one_rule_for_the_person_and_for_a_coordinator() {
        let cohort = CohortId::new();
        let candidate = Attendee { enrolled: vec![(cohort, DistrictId::new())], ..Attendee::default() };
        let for_all = EventFor { audience: Audience::Candidates, cohort_id: None, district_id: None };
        let event =
            |confirmed| Registering { status: EventStatus::Scheduled, for_: for_all, schedule: schedule(), confirmed };
        let open = datetime!(2026-09-01 12:00);
        assert_eq!(admit(&event(0), &candidate, Registrar::Themself, open), Ok(RegistrationState::Confirmed));
        assert_eq!(admit(&event(40), &candidate, Registrar::Themself, open), Ok(RegistrationState::Waitlisted));
        // After the window the person is refused; a coordinator registers them until the end.
        let late = datetime!(2026-09-22 12:00);
        assert_eq!(
            admit(&event(0), &candidate, Registrar::Themself, late),
            Err(NotAdmitted::Closed("registration_closes_at", "registration has closed; ask the program coordinator"))
        );
        assert_eq!(admit(&event(0), &candidate, Registrar::Coordinator, late), Ok(RegistrationState::Confirmed));
        let over = datetime!(2026-09-24 20:00);
        assert!(matches!(
            admit(&event(0), &candidate, Registrar::Coordinator, over),
            Err(NotAdmitted::Closed("ends_at", _))
        ));
        // Not for them, or cancelled: refused for everyone.
        let coaches = Registering { for_: EventFor { audience: Audience::Coaches, ..for_all }, ..event(0) };
        assert_eq!(
            admit(&coaches, &candidate, Registrar::Coordinator, open),
            Err(NotAdmitted::NotFor("the event is for coaches"))
        );
        let cancelled = Registering { status: EventStatus::Cancelled, ..event(0) };
        assert!(matches!(
            admit(&cancelled, &candidate, Registrar::Coordinator, open),
            Err(NotAdmitted::Closed("status", _))
        ));
    }

    #[test]
    fn an_event_admits_the_people_it_is_for() {
        let (a, b) = (CohortId::new(), CohortId::new());
        let (fresno, clovis) = (DistrictId::new(), DistrictId::new());
        let candidate = Attendee { enrolled: vec![(a, fresno)], ..Attendee::default() };
        let coach = Attendee { is_coach: true, coaching: vec![(b, clovis)], ..Attendee::default() };
        let stranger = Attendee::default();
        let all = EventFor { audience: Audience::Both, cohort_id: None, district_id: None };
        assert_eq!(all.admits(&candidate), Ok(()));
        assert_eq!(all.admits(&coach), Ok(()));
        assert!(all.admits(&stranger).is_err());
        let orientation_a = EventFor { audience: Audience::Candidates, cohort_id: Some(a), district_id: None };
        assert_eq!(orientation_a.admits(&candidate), Ok(()));
        assert_eq!(orientation_a.admits(&coach), Err("the event is for candidates"));
        let orientation_b = EventFor { cohort_id: Some(b), ..orientation_a };
        assert_eq!(orientation_b.admits(&candidate), Err("the event is for another cohort"));
        let clovis_coaches = EventFor { audience: Audience::Coaches, cohort_id: None, district_id: Some(clovis) };
        assert_eq!(clovis_coaches.admits(&coach), Ok(()), "the coach coaches a Clovis candidate");
        assert_eq!(clovis_coaches.admits(&candidate), Err("the event is for coaches"));
        let other_coach = Attendee { is_coach: true, coaching: vec![(a, fresno)], ..Attendee::default() };
        assert_eq!(clovis_coaches.admits(&other_coach), Err("the event is for another district"));
        let any_coach = Attendee { is_coach: true, ..Attendee::default() };
        let coach_meeting = EventFor { audience: Audience::Coaches, cohort_id: None, district_id: None };
        assert_eq!(coach_meeting.admits(&any_coach), Ok(()), "a coach with no candidate yet still trains");
    }

    proptest! {
        /// Registering people one after another never confirms more than the capacity, and
        /// confirms exactly min(capacity, arrivals).
        #[test]
        fn places_are_never_exceeded(capacity in proptest::option::of(1u32..60), arrivals in 0u32..120) {
            let mut confirmed = 0;
            for _ in 0..arrivals {
                if arriving(capacity, confirmed) == RegistrationState::Confirmed {
                    confirmed += 1;
                }
            }
            prop_assert_eq!(confirmed, capacity.map_or(arrivals, |n| n.min(arrivals)));
        }

        /// After promotions the event is full or nobody waits, and never over capacity.
        #[test]
        fn promotion_fills_free_places_and_no_more(capacity in proptest::option::of(1u32..60), confirmed in 0u32..60, waiting in 0u32..60) {
            prop_assume!(capacity.is_none_or(|n| confirmed <= n));
            let up = promotions(capacity, confirmed, waiting);
            prop_assert!(up <= waiting);
            let after = confirmed + up;
            if let Some(n) = capacity {
                prop_assert!(after <= n);
                prop_assert!(after == n || up == waiting);
            } else {
                prop_assert_eq!(up, waiting);
            }
        }
    }
}
