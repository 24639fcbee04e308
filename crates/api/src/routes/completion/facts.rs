//! What the records say of one enrollment's completion, gathered from the ledgers the program's
//! other reports use (hours, meeting counts, professional learning, fees, ILP coverage), so
//! the form and those reports never disagree.

use super::json::{Evidence, EvidenceKind};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission, Reach};
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::routes::fees::plan::{account, PlanRecords};
use crate::routes::hours::ledger::{by_enrollment, counted_states};
use crate::routes::pl_hours::ledger::Sources;
use coachfolio_domain::application_to_practice::AtpStatus;
use coachfolio_domain::completion::{CompletionItem, Facts, TermFact};
use coachfolio_domain::document::DocumentKind;
use coachfolio_domain::ilp::{coverage, IlpStatus};
use coachfolio_domain::job_shadow::ExperienceStatus;
use coachfolio_domain::ledger::ledger;
use coachfolio_domain::program_year::program_end;
use coachfolio_domain::reflection::{self, growth, ReflectionStatus, Term};
use coachfolio_persistence::enrollments::EnrollmentView;
use coachfolio_persistence::{
    applications_to_practice, coaching_logs, documents, ilps, job_shadows, payments, reflections, DbConnection,
};
use std::collections::BTreeMap;
use time::Duration;

/// The facts of one enrollment, with the evidence behind each item its reader may open.
pub(crate) struct Gathered {
    pub facts: Facts,
    pub evidence: BTreeMap<CompletionItem, Vec<Evidence>>,
    /// The ending reflection element by element, for readers of the candidate's records.
    pub growth: Vec<reflection::ElementGrowth>,
}

pub(crate) fn gather(
    c: &mut DbConnection,
    me: &CurrentUser,
    view: &EnrollmentView,
    access: EnrollmentAccess,
) -> Result<Gathered, ApiError> {
    let id = view.row.id;
    let sources = Sources::load(c, view.row.program_id, Some(std::slice::from_ref(view)))?;
    let program = &sources.program;
    let settings = &program.settings;
    let today = program.today;
    let years = (view.cohort_years + view.row.extension_years).max(1) as u32;

    let plans = ilps::of_enrollment(c, id)?;
    let contents: Vec<_> = plans.iter().map(|p| (p.status, p.form.content())).collect();
    let ilp_coverage = coverage(contents.iter().map(|(s, content)| (*s, content)));

    let paid = payments::paid_by(&payments::of_enrollment(c, id)?);
    let records = PlanRecords::load(c, view.row.program_id, Some(&[id]))?;
    let fees = account(settings, view, &records, paid, today);

    let counts = sources.meeting_counts(view);
    let sums = by_enrollment(coaching_logs::month_sums_of(c, &[id], counted_states(settings))?);
    let hours = ledger(settings, view.cohort_start, years, sums.get(&id).map(Vec::as_slice).unwrap_or_default(), today);
    let pl_lines = sources.lines(view);
    let pl = sources.ledger(view, &pl_lines);

    let terms = reflections::of_enrollment(c, id)?;
    let submitted: BTreeMap<Term, _> =
        terms.iter().filter(|r| r.status == ReflectionStatus::Submitted).map(|r| (r.term, &r.entries.0)).collect();
    let ending = if submitted.contains_key(&Term::Ending) { growth(&submitted).elements } else { Vec::new() };
    let reflection_facts = Term::ALL
        .iter()
        .map(|t| TermFact {
            term: *t,
            due_on: reflection::due_date(*t, view.cohort_start, years, settings),
            submitted: submitted.contains_key(t),
        })
        .collect();

    let atp = applications_to_practice::of_enrollment(c, id)?;
    let experiences = job_shadows::of_enrollment(c, id)?;
    let letters: Vec<_> = documents::of_enrollment(c, id)?
        .into_iter()
        .filter(|d| d.form.kind == DocumentKind::EmploymentVerification)
        .collect();

    let final_meeting = program.final_end_of_year(view, years);
    let makeup = Duration::days(settings.end_of_year_makeup_days.into());
    let facts = Facts {
        today,
        cohort_start: view.cohort_start,
        year_one_ends: program_end(view.cohort_start, 1),
        form_due_on: final_meeting.unwrap_or_else(|| program_end(view.cohort_start, years)),
        ilps: ilp_coverage,
        balance_cents: fees.balance_cents,
        overdue_cents: fees.overdue_cents,
        cohort_meetings: counts.cohort_meetings_total,
        orientation: counts.years.first().and_then(|y| y.orientation),
        end_of_year: counts.years.iter().map(|y| (y.year, y.end_of_year, y.ends_on + makeup)).collect(),
        coaching_minutes: hours.total_minutes,
        coaching_required_minutes: hours.total_required_minutes,
        reflections: reflection_facts,
        ending: ending.clone(),
        expected_rating: settings.expected_ending_rating,
        job_shadow_or_visit_done: sources.experience_done(view),
        pl_minutes: pl.counted_minutes,
        pl_required_minutes: pl.total_required_minutes,
        employer_letters: letters.len() as u32,
        application_to_practice_submitted: atp.as_ref().is_some_and(|a| a.status == AtpStatus::Submitted),
    };

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
    add(&[I::FeesPaid], ledger_of(EvidenceKind::Fees, "Fees and payments"));
    add(&[I::CoachingHours], ledger_of(EvidenceKind::CoachingHours, "Coaching hours"));
    add(
        &[I::CohortMeetings, I::Orientation, I::EndOfYearMeetings],
        ledger_of(EvidenceKind::MeetingCounts, "Meeting counts"),
    );
    add(&[I::ProfessionalLearning], ledger_of(EvidenceKind::ProfessionalLearningHours, "Professional-learning hours"));
    for d in &letters {
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
        for (n, p) in plans.iter().enumerate().filter(|(_, p)| p.status != IlpStatus::Draft && reach.covers(*p)) {
            let label = format!("ILP {} (year {}, {})", n + 1, p.program_year, p.status);
            add(&[I::IlpActionSteps, I::StandardsInIlps], Evidence { kind: EvidenceKind::Ilp, id: p.id.uuid(), label });
        }
        for r in terms.iter().filter(|r| reach.covers(*r)) {
            let label = format!("{} reflection ({})", r.term, r.status);
            let items: &[CompletionItem] = if r.term == Term::Ending {
                &[I::EndOfYearAssessments, I::Growth, I::Reflections]
            } else {
                &[I::Reflections]
            };
            add(items, Evidence { kind: EvidenceKind::Reflection, id: r.id.uuid(), label });
        }
        for a in atp.iter().filter(|a| reach.covers(*a)) {
            let label = format!("Application to Practice ({})", a.status);
            add(
                &[I::ApplicationToPractice],
                Evidence { kind: EvidenceKind::ApplicationToPractice, id: a.id.uuid(), label },
            );
        }
        for x in experiences.iter().filter(|x| x.status == ExperienceStatus::Submitted && reach.covers(*x)) {
            let label = format!("{} on {}", x.kind, x.activity_date);
            add(&[I::JobShadowOrVisit], Evidence { kind: EvidenceKind::JobShadowOrVisit, id: x.id.uuid(), label });
        }
        if submitted.contains_key(&Term::Ending) && terms.iter().any(|r| r.term == Term::Ending && reach.covers(r)) {
            growth_view = ending;
        }
    }
    Ok(Gathered { facts, evidence, growth: growth_view })
}
