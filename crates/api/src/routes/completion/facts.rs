//! What the records say of candidates' completion, gathered from the ledgers the program's
//! other reports use (hours, meeting counts, professional learning, fees, ILP coverage), so
//! the form and those reports never disagree. [`Records`] loads them for one candidate or a
//! whole program in the same constant number of queries.

use super::json::{Evidence, EvidenceKind};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission, Reach};
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::routes::fees::plan::{account, PlanRecords};
use crate::routes::hours::ledger::{by_enrollment, counted_states};
use crate::routes::meeting_counts::counts::ProgramEvents;
use crate::routes::pl_hours::ledger::Sources;
use coachfolio_domain::application_to_practice::AtpStatus;
use coachfolio_domain::completion::{CompletionItem, Facts, TermFact};
use coachfolio_domain::document::DocumentKind;
use coachfolio_domain::event::EventKind;
use coachfolio_domain::fees::{Account, PaidBy};
use coachfolio_domain::ids::{EnrollmentId, ProgramId};
use coachfolio_domain::ilp::{coverage, IlpStatus};
use coachfolio_domain::job_shadow::ExperienceStatus;
use coachfolio_domain::ledger::{ledger, Ledger, MonthTotal};
use coachfolio_domain::program_year::program_end;
use coachfolio_domain::reflection::{self, growth, ElementGrowth, Entries, ReflectionStatus, Term};
use coachfolio_persistence::enrollments::EnrollmentView;
use coachfolio_persistence::enrollments::Placement;
use coachfolio_persistence::ilps::IlpRow;
use coachfolio_persistence::reflections::TermSummary;
use coachfolio_persistence::{
    applications_to_practice, coaching_logs, documents, ilps, job_shadows, payments, reflections, DbConnection, Json,
};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use time::{Date, Duration};

/// Everything the completion facts of some of a program's candidates are built from.
pub(crate) struct Records {
    pub sources: Sources,
    plans: PlanRecords,
    paid: HashMap<EnrollmentId, PaidBy>,
    hours: HashMap<EnrollmentId, Vec<MonthTotal>>,
    ilps: HashMap<EnrollmentId, Vec<IlpRow>>,
    terms: HashMap<EnrollmentId, Vec<TermSummary>>,
    endings: HashMap<EnrollmentId, Json<Entries>>,
    atps: HashMap<EnrollmentId, AtpStatus>,
    letters: HashMap<EnrollmentId, u32>,
    /// The events offered to each cohort and district, worked out once.
    offered: RefCell<HashMap<Placement, Vec<(EventKind, Date)>>>,
}

fn group<T>(rows: impl IntoIterator<Item = (EnrollmentId, T)>) -> HashMap<EnrollmentId, Vec<T>> {
    let mut out: HashMap<EnrollmentId, Vec<T>> = HashMap::new();
    for (id, row) in rows {
        out.entry(id).or_default().push(row);
    }
    out
}

fn count(ids: Vec<EnrollmentId>) -> HashMap<EnrollmentId, u32> {
    let mut out = HashMap::new();
    for id in ids {
        *out.entry(id).or_default() += 1;
    }
    out
}

/// What one candidate's facts were computed with, for the pages that show more of them.
pub(crate) struct Computed {
    pub facts: Facts,
    pub hours: Ledger,
    pub fees: Account,
}

impl Records {
    /// For these candidates (`None`: all of the program's).
    pub fn load(
        c: &mut DbConnection,
        program_id: ProgramId,
        views: Option<&[EnrollmentView]>,
    ) -> Result<Records, ApiError> {
        let ids: Option<Vec<EnrollmentId>> = views.map(|v| v.iter().map(|v| v.row.id).collect());
        let ids = ids.as_deref();
        let sources = Sources::load(c, program_id, views)?;
        let states = counted_states(&sources.program.settings);
        let sums = match ids {
            Some(ids) => coaching_logs::month_sums_of(c, ids, states)?,
            None => coaching_logs::month_sums_of_program(c, program_id, states)?,
        };
        Ok(Records {
            plans: PlanRecords::load(c, program_id, ids)?,
            paid: payments::totals_of_program(c, program_id, ids)?.into_iter().collect(),
            hours: by_enrollment(sums),
            ilps: group(ilps::of_program(c, program_id, ids)?.into_iter().map(|r| (r.enrollment_id, r))),
            terms: group(
                reflections::summaries_of_program(c, program_id, ids)?.into_iter().map(|t| (t.enrollment_id, t)),
            ),
            endings: reflections::submitted_endings(c, program_id, ids)?.into_iter().collect(),
            atps: applications_to_practice::statuses_of(c, program_id, ids)?.into_iter().collect(),
            letters: count(documents::holders_of(c, program_id, ids, DocumentKind::EmploymentVerification)?),
            offered: RefCell::default(),
            sources,
        })
    }

    pub fn program(&self) -> &ProgramEvents {
        &self.sources.program
    }

    /// A candidate's plans, earliest year first.
    pub fn plans_of(&self, id: EnrollmentId) -> &[IlpRow] {
        self.ilps.get(&id).map(Vec::as_slice).unwrap_or_default()
    }

    /// The facts of one of the candidates loaded, with the ledgers behind them.
    pub fn facts(&self, view: &EnrollmentView) -> Computed {
        let id = view.row.id;
        let program = self.program();
        let settings = &program.settings;
        let today = program.today;
        let years = view.program_years();
        let contents: Vec<_> = self.plans_of(id).iter().map(|p| (p.status, p.form.content())).collect();
        let fees = account(settings, view, &self.plans, self.paid.get(&id).copied().unwrap_or_default(), today);
        let mut offered = self.offered.borrow_mut();
        let counts = self.sources.meeting_counts(view, &mut offered);
        let placement = (view.row.cohort_id, view.row.district_id);
        let final_meeting = ProgramEvents::final_end_of_year(
            program.offered_to_candidates(placement, &mut offered),
            view.cohort_start,
            years,
        );
        let hours = ledger(
            settings,
            view.cohort_start,
            years,
            self.hours.get(&id).map(Vec::as_slice).unwrap_or_default(),
            today,
        );
        let pl = self.sources.ledger(view, &self.sources.lines(view));
        let terms = self.terms.get(&id).map(Vec::as_slice).unwrap_or_default();
        let submitted = |t: Term| terms.iter().any(|s| s.term == t && s.status == ReflectionStatus::Submitted);
        let ending = match self.endings.get(&id) {
            Some(entries) => growth(&BTreeMap::from([(Term::Ending, &entries.0)])).elements,
            None => Vec::new(),
        };
        let makeup = Duration::days(settings.end_of_year_makeup_days.into());
        let facts = Facts {
            today,
            cohort_start: view.cohort_start,
            year_one_ends: program_end(view.cohort_start, 1),
            form_due_on: final_meeting.unwrap_or_else(|| program_end(view.cohort_start, years)),
            ilps: coverage(contents.iter().map(|(s, content)| (*s, content))),
            balance_cents: fees.balance_cents,
            overdue_cents: fees.overdue_cents,
            cohort_meetings: counts.cohort_meetings_total,
            orientation: counts.years.first().and_then(|y| y.orientation),
            end_of_year: counts.years.iter().map(|y| (y.year, y.end_of_year, y.ends_on + makeup)).collect(),
            coaching_minutes: hours.total_minutes,
            coaching_required_minutes: hours.total_required_minutes,
            reflections: Term::ALL
                .iter()
                .map(|t| TermFact {
                    term: *t,
                    due_on: reflection::due_date(*t, view.cohort_start, years, settings, final_meeting),
                    submitted: submitted(*t),
                })
                .collect(),
            ending,
            expected_rating: settings.expected_ending_rating,
            job_shadow_or_visit_done: self.sources.experience_done(view),
            pl_minutes: pl.counted_minutes,
            pl_required_minutes: pl.total_required_minutes,
            employer_letters: self.letters.get(&id).copied().unwrap_or(0),
            application_to_practice_submitted: self.atps.get(&id) == Some(&AtpStatus::Submitted),
        };
        Computed { facts, hours, fees }
    }
}

/// One enrollment's facts, with the evidence behind each item its reader may open.
pub(crate) struct Gathered {
    pub facts: Facts,
    pub evidence: BTreeMap<CompletionItem, Vec<Evidence>>,
    /// The reflection element by element over the terms, for readers of the candidate's
    /// records, once the ending one is submitted.
    pub growth: Vec<ElementGrowth>,
}

pub(crate) fn gather(
    c: &mut DbConnection,
    me: &CurrentUser,
    view: &EnrollmentView,
    access: EnrollmentAccess,
) -> Result<Gathered, ApiError> {
    let id = view.row.id;
    let records = Records::load(c, view.row.program_id, Some(std::slice::from_ref(view)))?;
    let facts = records.facts(view).facts;

    // The evidence: ledgers for everyone who reads the enrollment; confidential records only
    // for their readers, within a former coach's period.
    use CompletionItem as I;
    let mut evidence: BTreeMap<CompletionItem, Vec<Evidence>> = BTreeMap::new();
    let mut add = |items: &[CompletionItem], e: Evidence| {
        for i in items {
            evidence.entry(*i).or_default().push(e.clone());
        }
    };
    let ledger_of = |kind, label: &str| Evidence { kind, id: id.uuid(), label: label.to_string() };
    if access.allows(EnrollmentPermission::ReadFees) {
        add(&[I::FeesPaid], ledger_of(EvidenceKind::Fees, "Fees and payments"));
    }
    add(&[I::CoachingHours], ledger_of(EvidenceKind::CoachingHours, "Coaching hours"));
    add(
        &[I::CohortMeetings, I::Orientation, I::EndOfYearMeetings],
        ledger_of(EvidenceKind::MeetingCounts, "Meeting counts"),
    );
    add(&[I::ProfessionalLearning], ledger_of(EvidenceKind::ProfessionalLearningHours, "Professional-learning hours"));
    for d in documents::of_enrollment(c, id)?.iter().filter(|d| d.form.kind == DocumentKind::EmploymentVerification) {
        if !d.form.is_confidential() {
            add(
                &[I::EmployerLetter],
                Evidence { kind: EvidenceKind::Document, id: d.id.uuid(), label: d.form.title.clone() },
            );
        }
    }
    let mut growth_view = Vec::new();
    if access.allows(EnrollmentPermission::ReadRecords) {
        let reach = Reach::load(c, me, access, id)?;
        let plans = records.plans_of(id);
        for (n, p) in plans.iter().enumerate().filter(|(_, p)| p.status != IlpStatus::Draft && reach.covers(*p)) {
            let label = format!("ILP {} (year {}, {})", n + 1, p.program_year, p.status);
            add(&[I::IlpActionSteps, I::StandardsInIlps], Evidence { kind: EvidenceKind::Ilp, id: p.id.uuid(), label });
        }
        let terms = reflections::of_enrollment(c, id)?;
        for r in terms.iter().filter(|r| reach.covers(*r)) {
            let label = format!("{} reflection ({})", r.term, r.status);
            let items: &[CompletionItem] = if r.term == Term::Ending {
                &[I::EndOfYearAssessments, I::Growth, I::Reflections]
            } else {
                &[I::Reflections]
            };
            add(items, Evidence { kind: EvidenceKind::Reflection, id: r.id.uuid(), label });
        }
        if let Some(a) = applications_to_practice::of_enrollment(c, id)?.filter(|a| reach.covers(a)) {
            let label = format!("Application to Practice ({})", a.status);
            add(
                &[I::ApplicationToPractice],
                Evidence { kind: EvidenceKind::ApplicationToPractice, id: a.id.uuid(), label },
            );
        }
        for x in job_shadows::of_enrollment(c, id)?
            .iter()
            .filter(|x| x.status == ExperienceStatus::Submitted && reach.covers(*x))
        {
            let label = format!("{} on {}", x.kind, x.activity_date);
            add(&[I::JobShadowOrVisit], Evidence { kind: EvidenceKind::JobShadowOrVisit, id: x.id.uuid(), label });
        }
        let submitted: BTreeMap<Term, &Entries> = terms
            .iter()
            .filter(|r| r.status == ReflectionStatus::Submitted && reach.covers(*r))
            .map(|r| (r.term, &r.entries.0))
            .collect();
        if submitted.contains_key(&Term::Ending) {
            growth_view = growth(&submitted).elements;
        }
    }
    Ok(Gathered { facts, evidence, growth: growth_view })
}
