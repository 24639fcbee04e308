//! Builds the counts from the program's events and the people's marks, in a constant number of
//! queries however many candidates: the program, its events, its enrollments, its marks, and
//! for coaches their members and placements.

use super::json::{CandidateLine, CoachLine, MarkLine, MeetingCountsQuery, MeetingCountsTable};
use crate::capabilities::{ProgramAccess, ProgramPermission};
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::routes::events::record::admits;
use coachfolio_domain::attendance::{self, school_year, AttendanceStatus, CandidateCounts, CoachCounts, Mark};
use coachfolio_domain::event::{Attendee, EventKind, EventStatus};
use coachfolio_domain::ids::{EnrollmentId, EventId, ProgramId, UserId};
use coachfolio_domain::role::Role;
use coachfolio_domain::settings::RequirementSettings;
use coachfolio_persistence::attendance::{self as marks, CountedMark};
use coachfolio_persistence::enrollments::{self, EnrollmentView, Filter, Placement};
use coachfolio_persistence::events::{self, EventRow};
use coachfolio_persistence::{memberships, programs, DbConnection};
use std::collections::HashMap;
use time::Date;

/// What every count of a program reads: its settings, its date, its events (by id, for the
/// marks; the scheduled ones are what is offered).
pub(crate) struct ProgramEvents {
    pub settings: RequirementSettings,
    pub today: Date,
    pub time_zone: String,
    pub events: Vec<EventRow>,
    by_id: HashMap<EventId, usize>,
}

impl ProgramEvents {
    pub fn load(c: &mut DbConnection, program_id: ProgramId) -> Result<ProgramEvents, ApiError> {
        let program = programs::find(c, program_id)?;
        let events = events::of_program(c, program_id, None)?;
        let by_id = events.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
        let today = crate::clock::today_in(&program.time_zone);
        Ok(ProgramEvents { settings: program.settings.0, today, events, by_id, time_zone: program.time_zone })
    }

    fn event(&self, id: EventId) -> Option<&EventRow> {
        self.by_id.get(&id).map(|i| &self.events[*i])
    }

    /// The kinds and days of the scheduled events for `attendee`.
    fn offered(&self, attendee: &Attendee) -> Vec<(EventKind, Date)> {
        self.events
            .iter()
            .filter(|e| e.status == EventStatus::Scheduled && admits(e, attendee).is_ok())
            .map(|e| (e.form.kind, e.form.starts_at.date()))
            .collect()
    }

    /// The kinds and days of the events for a candidate of `placement`, worked out once per
    /// cohort and district in `cache`.
    pub fn offered_to_candidates<'a>(
        &self,
        placement: Placement,
        cache: &'a mut HashMap<Placement, Vec<(EventKind, Date)>>,
    ) -> &'a [(EventKind, Date)] {
        cache
            .entry(placement)
            .or_insert_with(|| self.offered(&Attendee { enrolled: vec![placement], ..Attendee::default() }))
    }

    /// The scheduled meetings a candidate of `placement` is required to attend (orientation,
    /// cohort and end-of-year meetings), from `from` on.
    pub fn required_ahead(&self, placement: Placement, from: Date) -> impl Iterator<Item = &EventRow> {
        let attendee = Attendee { enrolled: vec![placement], ..Attendee::default() };
        self.events.iter().filter(move |e| {
            e.status == EventStatus::Scheduled
                && attendance::is_required(e.form.kind)
                && e.form.starts_at.date() >= from
                && admits(e, &attendee).is_ok()
        })
    }

    pub fn candidate(
        &self,
        v: &EnrollmentView,
        marks: &[&CountedMark],
        cache: &mut HashMap<Placement, Vec<(EventKind, Date)>>,
    ) -> CandidateCounts {
        let marks = self.marks(marks);
        let offered = self.offered_to_candidates((v.row.cohort_id, v.row.district_id), cache);
        attendance::candidate_counts(&self.settings, v.cohort_start, v.cohort_years.max(1) as u32, offered, &marks)
    }

    /// The day of the end-of-year meeting scheduled for a candidate in their last program year
    /// (the completion verification's due date; the ending reflection is due a month before),
    /// among what is `offered` to them.
    pub fn final_end_of_year(offered: &[(EventKind, Date)], cohort_start: Date, years: u32) -> Option<Date> {
        offered
            .iter()
            .copied()
            .filter(|(kind, day)| {
                *kind == EventKind::EndOfYear
                    && coachfolio_domain::program_year::program_year(cohort_start, *day) == Some(years)
            })
            .map(|(_, day)| day)
            .max()
    }

    /// The same for one candidate of `placement`, read on its own: one query over the events of
    /// their last program year.
    pub fn last_end_of_year(
        c: &mut DbConnection,
        program_id: ProgramId,
        placement: Placement,
        cohort_start: Date,
        years: u32,
    ) -> Result<Option<Date>, ApiError> {
        let last_year = coachfolio_domain::program_year::program_end(cohort_start, years.max(1) - 1);
        let from = time::PrimitiveDateTime::new(last_year, time::Time::MIDNIGHT);
        let attendee = Attendee { enrolled: vec![placement], ..Attendee::default() };
        let offered: Vec<_> = events::of_program(c, program_id, Some(from))?
            .iter()
            .filter(|e| e.status == EventStatus::Scheduled && e.form.kind == EventKind::EndOfYear)
            .filter(|e| admits(e, &attendee).is_ok())
            .map(|e| (e.form.kind, e.form.starts_at.date()))
            .collect();
        Ok(ProgramEvents::final_end_of_year(&offered, cohort_start, years))
    }

    /// The school years coaches are counted over: from the program's first coach event (or
    /// this year) to this one.
    fn coach_years(&self) -> (i32, i32) {
        let sy = |d: Date| school_year(d, self.settings.school_year_start_month);
        let now = sy(self.today);
        let first = self
            .events
            .iter()
            .filter(|e| e.status == EventStatus::Scheduled)
            .filter(|e| matches!(e.form.kind, EventKind::CoachMeeting | EventKind::CoachTraining))
            .map(|e| sy(e.form.starts_at.date()))
            .min()
            .unwrap_or(now);
        (first.min(now), now)
    }

    pub fn coach(&self, coaching: Vec<Placement>, marks: &[&CountedMark]) -> CoachCounts {
        let attendee = Attendee { is_coach: true, coaching, ..Attendee::default() };
        let marks = self.marks(marks);
        let (first, last) = self.coach_years();
        attendance::coach_counts(&self.settings, first, last, &self.offered(&attendee), &marks)
    }

    /// The marks as the domain counts them, with their events' kinds and days.
    fn marks(&self, marks: &[&CountedMark]) -> Vec<Mark> {
        marks
            .iter()
            .filter_map(|m| {
                let e = self.event(m.event_id)?;
                Some(Mark {
                    event_id: m.event_id,
                    kind: e.form.kind,
                    on: e.form.starts_at.date(),
                    status: m.status,
                    made_up: m.makeup_on.is_some(),
                    makeup_event_id: m.makeup_event_id,
                    credited_minutes: m.credited_minutes.max(0) as u32,
                })
            })
            .collect()
    }

    /// The professional-learning days a person attended, with the time each credited (what the
    /// professional-learning ledger counts, before the program's cap).
    pub fn attended_pl<'a>(&'a self, marks: &'a [CountedMark]) -> impl Iterator<Item = (&'a EventRow, u32)> + 'a {
        marks.iter().filter(|m| m.status == AttendanceStatus::Attended).filter_map(|m| {
            let e = self.event(m.event_id).filter(|e| e.form.kind == EventKind::ProfessionalLearning)?;
            Some((e, m.credited_minutes.max(0) as u32))
        })
    }

    /// One person's marks with their events, earliest first; `proofs`: whether the reader opens
    /// their proofs of attendance (`ProgramAccess::reads_marks_of`).
    pub fn mark_lines(&self, marks: &[CountedMark], proofs: bool) -> Vec<MarkLine> {
        let mut lines: Vec<MarkLine> = marks
            .iter()
            .filter_map(|m| {
                let e = self.event(m.event_id)?;
                Some(MarkLine {
                    attendance_id: m.id.uuid(),
                    event_id: m.event_id.uuid(),
                    event_title: e.form.title.clone(),
                    event_kind: e.form.kind,
                    event_starts_at: e.form.starts_at,
                    status: m.status,
                    made_up_on: m.makeup_on,
                    credited_minutes: m.credited_minutes.max(0) as u32,
                    certificate: proofs && m.status == AttendanceStatus::Attended,
                })
            })
            .collect();
        lines.sort_by_key(|l| l.event_starts_at);
        lines
    }
}

fn by_user(all: &[CountedMark]) -> HashMap<UserId, Vec<&CountedMark>> {
    let mut out: HashMap<UserId, Vec<&CountedMark>> = HashMap::new();
    for m in all {
        out.entry(m.user_id).or_default().push(m);
    }
    out
}

/// The program's counts as `me` may see them: staff every candidate and coach; a district
/// representative their districts' candidates; a coach their current candidates and themself.
pub(crate) fn table(
    c: &mut DbConnection,
    me: &CurrentUser,
    access: &ProgramAccess,
    program_id: ProgramId,
    q: &MeetingCountsQuery,
) -> Result<MeetingCountsTable, ApiError> {
    access.require(ProgramPermission::Read)?;
    let mut filter =
        Filter { program_id: Some(program_id), cohort_id: q.cohort_id.map(Into::into), ..Default::default() };
    let program = ProgramEvents::load(c, program_id)?;
    let coaches_shown: Option<Vec<UserId>> = if access.allows(ProgramPermission::Oversee) {
        None
    } else if access.allows(ProgramPermission::ListCandidates) {
        // A district representative: ListCandidates is theirs only for their districts.
        filter.district_ids = Some(access.districts.clone());
        Some(Vec::new())
    } else if access.allows(ProgramPermission::Coach) {
        let mine: Vec<EnrollmentId> = enrollments::assignments_of_coach(c, me.id())?
            .into_iter()
            .filter(|a| a.covers(program.today))
            .map(|a| a.enrollment_id)
            .collect();
        filter.ids = Some(mine);
        Some(vec![me.id()])
    } else {
        return Err(ApiError::Forbidden(
            "meeting counts are for program staff, coaches and district representatives".into(),
        ));
    };
    let (views, _) = enrollments::list(c, &filter, 0, i64::MAX)?;
    let all = marks::marks_of_program(c, program_id, None)?;
    let marks = by_user(&all);
    let none = Vec::new();
    let mut offered = HashMap::new();
    let candidates = views
        .iter()
        .map(|v| CandidateLine {
            enrollment_id: v.row.id.uuid(),
            candidate: v.candidate.clone(),
            cohort_id: v.row.cohort_id.uuid(),
            cohort_label: v.cohort_label.clone(),
            district_name: v.district_name.clone(),
            status: v.row.status,
            counts: program.candidate(v, marks.get(&v.row.candidate_id).unwrap_or(&none), &mut offered),
        })
        .collect();
    let coaches = if coaches_shown.as_ref().is_some_and(Vec::is_empty) {
        Vec::new()
    } else {
        let mut placements: HashMap<UserId, Vec<Placement>> = HashMap::new();
        for (coach, p) in enrollments::coached_placements(c, program_id, program.today)? {
            placements.entry(coach).or_default().push(p);
        }
        memberships::of_program(c, program_id, Some(Role::Coach))?
            .into_iter()
            .filter(|(m, _)| coaches_shown.as_ref().is_none_or(|ids| ids.contains(&m.user_id)))
            .map(|(m, coach)| CoachLine {
                counts: program
                    .coach(placements.remove(&m.user_id).unwrap_or_default(), marks.get(&m.user_id).unwrap_or(&none)),
                coach,
            })
            .collect()
    };
    Ok(MeetingCountsTable { as_of: program.today, candidates, coaches })
}
