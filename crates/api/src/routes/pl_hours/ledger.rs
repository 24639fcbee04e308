//! Builds professional-learning ledgers from the three sources in a constant number of queries
//! however many candidates: the program and its events, the marks, the alternative PL, the
//! Applications to Practice counted (and which candidates have a job shadow or visit done).

use super::json::PlLine;
use crate::error::ApiError;
use crate::routes::meeting_counts::counts::ProgramEvents;
use coachfolio_domain::application_to_practice::AtpStatus;
use coachfolio_domain::attendance::CandidateCounts;
use coachfolio_domain::doctoral_waiver::WaivedPl;
use coachfolio_domain::event::EventKind;
use coachfolio_domain::ids::{EnrollmentId, ProgramId, UserId};
use coachfolio_domain::professional_learning::{pl_ledger, PlEntry, PlLedger, PlSource, PlStatus, ATP_MINUTES};
use coachfolio_domain::time_zone::date_in;
use coachfolio_persistence::applications_to_practice::{self as atps, AtpForPl};
use coachfolio_persistence::attendance::{self as marks, CountedMark};
use coachfolio_persistence::enrollments::{EnrollmentView, Placement};
use coachfolio_persistence::professional_learning::{self as pl, PlMinutes};
use coachfolio_persistence::{job_shadows, requests, DbConnection};
use std::collections::{HashMap, HashSet};
use time::Date;

/// Everything the ledgers of some of a program's candidates are built from.
pub(crate) struct Sources {
    pub program: ProgramEvents,
    marks: HashMap<UserId, Vec<CountedMark>>,
    alternatives: HashMap<EnrollmentId, Vec<PlMinutes>>,
    atps: HashMap<EnrollmentId, AtpForPl>,
    experiences_done: HashSet<EnrollmentId>,
    waived: HashMap<EnrollmentId, Vec<WaivedPl>>,
}

impl Sources {
    /// For these candidates (`None`: all of the program's).
    pub fn load(
        c: &mut DbConnection,
        program_id: ProgramId,
        views: Option<&[EnrollmentView]>,
    ) -> Result<Sources, ApiError> {
        let program = ProgramEvents::load(c, program_id)?;
        let people: Option<Vec<UserId>> = views.map(|v| v.iter().map(|v| v.row.candidate_id).collect());
        let ids: Option<Vec<EnrollmentId>> = views.map(|v| v.iter().map(|v| v.row.id).collect());
        let mut by_user: HashMap<UserId, Vec<CountedMark>> = HashMap::new();
        for m in marks::marks_of_program(c, program_id, people.as_deref())? {
            by_user.entry(m.user_id).or_default().push(m);
        }
        let mut alternatives: HashMap<EnrollmentId, Vec<PlMinutes>> = HashMap::new();
        for r in pl::minutes_of(c, program_id, ids.as_deref())? {
            alternatives.entry(r.enrollment_id).or_default().push(r);
        }
        let atps =
            atps::counted_for_pl(c, program_id, ids.as_deref())?.into_iter().map(|a| (a.enrollment_id, a)).collect();
        let experiences_done = job_shadows::submitted_among(c, program_id, ids.as_deref())?.into_iter().collect();
        let mut waived: HashMap<EnrollmentId, Vec<WaivedPl>> = HashMap::new();
        for (id, w) in requests::waived_pl_of(c, program_id, ids.as_deref())? {
            waived.entry(id).or_default().extend(w);
        }
        Ok(Sources { program, marks: by_user, alternatives, atps, experiences_done, waived })
    }

    /// A candidate's amounts, earliest first.
    pub fn lines(&self, v: &EnrollmentView) -> Vec<PlLine> {
        let today = self.program.today;
        let mut lines: Vec<PlLine> = self
            .program
            .attended_pl(self.marks.get(&v.row.candidate_id).map(Vec::as_slice).unwrap_or_default())
            .map(|(e, minutes)| PlLine {
                source: PlSource::ProgramEvent,
                record_id: e.id.uuid(),
                title: e.form.title.clone(),
                on: e.form.starts_at.date(),
                minutes,
                pending: false,
            })
            .collect();
        lines.extend(self.alternatives.get(&v.row.id).into_iter().flatten().map(|r| PlLine {
            source: PlSource::Alternative,
            record_id: r.id.uuid(),
            title: r.title.clone(),
            on: r.activity_date,
            minutes: r.minutes.max(0) as u32,
            pending: r.status != PlStatus::Approved,
        }));
        if let Some(a) = self.atps.get(&v.row.id) {
            lines.push(PlLine {
                source: PlSource::ApplicationToPractice,
                record_id: a.id.uuid(),
                title: "Application to Practice".into(),
                // The program's day it was submitted on, not UTC's (it decides the program year).
                on: a.submitted_at.map_or(today, |t| date_in(&self.program.time_zone, t.assume_utc())),
                minutes: ATP_MINUTES,
                pending: a.status != AtpStatus::Submitted,
            });
        }
        lines.sort_by_key(|l| l.on);
        lines
    }

    /// The candidate's meeting counts from the marks loaded with the rest (what is offered to
    /// each cohort and district worked out once in `offered`).
    pub fn meeting_counts(
        &self,
        v: &EnrollmentView,
        offered: &mut HashMap<Placement, Vec<(EventKind, Date)>>,
    ) -> CandidateCounts {
        let marks: Vec<&CountedMark> =
            self.marks.get(&v.row.candidate_id).map(|m| m.iter().collect()).unwrap_or_default();
        self.program.candidate(v, &marks, offered)
    }

    /// Whether the candidate has met the job shadow / visit requirement.
    pub fn experience_done(&self, v: &EnrollmentView) -> bool {
        self.experiences_done.contains(&v.row.id)
    }

    pub fn ledger(&self, v: &EnrollmentView, lines: &[PlLine]) -> PlLedger {
        let entries: Vec<PlEntry> = lines
            .iter()
            .map(|l| PlEntry { source: l.source, on: l.on, minutes: l.minutes, pending: l.pending })
            .collect();
        let waived = self.waived.get(&v.row.id).map(Vec::as_slice).unwrap_or_default();
        pl_ledger(
            &self.program.settings,
            v.cohort_start,
            v.cohort_years.max(1) as u32,
            self.program.today,
            &entries,
            waived,
        )
    }
}
