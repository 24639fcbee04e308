//! The demo's candidate at the end of the road: Elena Evans, of the cohort before Cohort A, has
//! done everything the Program Completion Verification asks but for the employer's letter
//! (which a district sends when it is asked), so the form can be filled in, signed and the
//! candidate recommended.

use crate::demo_calendar::{self, Calendar};
use crate::error::ApiError;
use coachfolio_domain::application_to_practice::{AtpContent, AtpStatus, ElementReason, FocusPlan};
use coachfolio_domain::coaching_log::LogFlow;
use coachfolio_domain::enrollment::Position;
use coachfolio_domain::fees::{self, PaymentMethod};
use coachfolio_domain::ids::{CohortId, PaymentId, ProgramId, UserId};
use coachfolio_domain::ilp::{ActionStep, IlpStatus, StepStatus};
use coachfolio_domain::job_shadow::{ExperienceKind, ExperienceStatus};
use coachfolio_domain::professional_learning::{PlReflection, PlStatus};
use coachfolio_domain::reflection::{self, Term};
use coachfolio_persistence::applications_to_practice::{self, NewAtp};
use coachfolio_persistence::coaching_logs::{self, LogForm, NewLog};
use coachfolio_persistence::cohorts::{self, NewCohort};
use coachfolio_persistence::enrollments::{self, AssignmentRow, EnrollmentDetails, EnrollmentRow, NewEnrollment};
use coachfolio_persistence::ilps::{self, IlpForm, NewIlp};
use coachfolio_persistence::job_shadows::{self, NewExperience};
use coachfolio_persistence::payments::{self, PaymentRow};
use coachfolio_persistence::professional_learning::{self, NewPl, PlForm};
use coachfolio_persistence::reflections::{self, NewReflection};
use coachfolio_persistence::{save, DbConnection, Json};
use time::{Date, Duration, PrimitiveDateTime, Time};

/// Who Elena Evans works with in the demo program.
pub(crate) struct Finished {
    pub program: ProgramId,
    pub district: coachfolio_domain::ids::DistrictId,
    pub coordinator: UserId,
    pub coach: UserId,
    pub candidate: UserId,
    /// Cohort A's start: his cohort started a year before.
    pub cohort_a_start: Date,
}

pub(crate) fn seed(c: &mut DbConnection, f: &Finished) -> Result<(), ApiError> {
    let start = f.cohort_a_start.replace_year(f.cohort_a_start.year() - 1).expect("September 1st");
    let cohort = cohorts::insert(c, &NewCohort::new(f.program, &format!("Fall {} Cohort", start.year()), start, 2))?;
    let new = NewEnrollment {
        position: Position::Principal,
        details: EnrollmentDetails {
            site: Some("Foothill Middle School".into()),
            supervisor_name: Some("Pat Superintendent".into()),
            supervisor_email: Some("pat.superintendent@demo.coachfolio.invalid".into()),
            appointment_date: Some(start - Duration::days(45)),
            agreement_signed_on: Some(start + Duration::days(14)),
            ..Default::default()
        },
        ..NewEnrollment::new(f.program, f.candidate, cohort.id, f.district, start)
    };
    let e = enrollments::insert(c, &new)?;
    enrollments::insert_assignment(c, &AssignmentRow::new(e.id, f.coach, start))?;
    pay_everything(c, f, &e, start)?;
    coaching_logs::insert_many(c, &logs(&e, f.coach, start))?;
    for plan in plans(&e, f.coach, start) {
        ilps::insert(c, &plan)?;
    }
    let mut interim = None;
    for term in Term::ALL {
        let r = reflections::insert(c, &reflection_of(&e, *term))?;
        if *term == Term::Interim {
            interim = Some(r);
        }
    }
    if let Some(interim) = interim {
        application_to_practice(c, &interim, start)?;
    }
    job_shadow(c, &e, start)?;
    summit(c, f, &e, start)?;
    let cal = Calendar {
        program: f.program,
        cohort_a: cohort.id,
        cohort_b: CohortId::new(),
        district: f.district,
        coordinator: f.coordinator,
        coach: f.coach,
        candidates: vec![f.candidate],
    };
    demo_calendar::seed_finished(c, &cal, start, f.candidate)
}

fn at(day: Date, hour: u8) -> PrimitiveDateTime {
    PrimitiveDateTime::new(day, Time::from_hms(hour, 0, 0).expect("an hour"))
}

/// His district paid each installment on its day.
fn pay_everything(c: &mut DbConnection, f: &Finished, e: &EnrollmentRow, start: Date) -> Result<(), ApiError> {
    let s = coachfolio_domain::settings::RequirementSettings::default();
    let payers = fees::Payers::of(e.fee_payer, e.candidate_fee_cents);
    for i in fees::installments(s.fee_program_coach_cents, payers, start, 2, &s.fee_dates()) {
        payments::insert(
            c,
            &PaymentRow {
                id: PaymentId::new(),
                program_id: f.program,
                enrollment_id: e.id,
                paid_on: i.due_on,
                payer: i.payer,
                amount_cents: i.amount_cents,
                method: PaymentMethod::PurchaseOrder,
                reference: Some(format!("PO {}", 2000 + i.number)),
                reverses_id: None,
                note: None,
                recorded_by: f.coordinator,
                recorded_at: at(i.due_on, 12),
            },
        )?;
    }
    Ok(())
}

/// Two acknowledged sessions in each counted month of both years: 5 hours a month, 90 in all.
fn logs(e: &EnrollmentRow, coach: UserId, start: Date) -> Vec<NewLog> {
    let mut rows = Vec::new();
    let end = coachfolio_domain::program_year::program_end(start, 2);
    let mut day = start;
    let mut n = 0u8;
    while day <= end {
        let month = u8::from(day.month());
        if [10, 24].contains(&day.day()) && !(6..=8).contains(&month) {
            let mut form = LogForm {
                meeting_date: Some(day),
                start_minute: Some(15 * 60),
                duration_minutes: Some(150),
                mode: Some(coachfolio_domain::coaching_log::LogMode::FaceToFace),
                activity_codes: Json(vec!["A".into(), "1".into()]),
                standards: Json(vec![1 + n % 6]),
                focus: "Master schedule, PLC time and the site plan.".into(),
                candidate_next_steps: "Bring the PLC calendar to the leadership team.".into(),
                coach_next_steps: "Share a protocol for data conversations.".into(),
                follow_up_done: Some(true),
                ..LogForm::default()
            };
            form.derive();
            let draft = NewLog::draft(e, coach);
            let signed = at(day + Duration::days(1), 18);
            let flow = LogFlow::from(draft.signed.clone())
                .submit(coach, signed)
                .and_then(|s| s.acknowledge(e.candidate_id, signed + Duration::days(2), None))
                .expect("a draft is submitted, then acknowledged");
            rows.push(NewLog {
                form,
                signed: flow.into(),
                version: 3,
                created_at: signed,
                updated_at: signed + Duration::days(2),
                ..draft
            });
            n += 1;
        }
        day = day.next_day().expect("a next day");
    }
    rows
}

/// Three completed plans over the six standards, every step attained.
fn plans(e: &EnrollmentRow, coach: UserId, start: Date) -> Vec<NewIlp> {
    let plan = |year: i32, standards: Vec<u8>, goal: &str, steps: [(&str, i64); 2]| {
        let created = at(start + Duration::days(40 + 365 * i64::from(year - 1)), 16);
        let draft = NewIlp::draft(e, e.candidate_id, year, created.date());
        NewIlp {
            status: IlpStatus::Completed,
            updated_by: coach,
            activated_at: Some(created),
            completed_at: Some(created + Duration::days(200)),
            created_at: created,
            updated_at: created + Duration::days(200),
            form: IlpForm {
                standards: Json(standards),
                focus: "Where the site is, and where the plan takes it.".into(),
                smart_goal: goal.into(),
                steps: Json(
                    steps
                        .iter()
                        .map(|(step, days)| ActionStep {
                            id: uuid::Uuid::new_v4(),
                            step: (*step).into(),
                            people_involved: "Leadership team".into(),
                            resources: "Site plan".into(),
                            due_date: Some(created.date() + Duration::days(*days)),
                            status: StepStatus::Attained,
                            summary_of_learning: "Done with the team; what we learned is in the portfolio.".into(),
                        })
                        .collect(),
                ),
                date_created: Some(created.date()),
                ..IlpForm::default()
            },
            ..draft
        }
    };
    vec![
        plan(
            1,
            vec![1, 2],
            "Every PLC meets weekly and plans from common assessments by May.",
            [("Set the PLC calendar", 30), ("Review data each month", 150)],
        ),
        plan(
            1,
            vec![3, 4],
            "A safety and family-engagement plan the staff wrote, adopted by March.",
            [("Walk the campus with the safety team", 45), ("Hold two family forums", 160)],
        ),
        plan(
            2,
            vec![5, 6],
            "Lead an equity review of discipline data and act on it by April.",
            [("Share the data with staff", 60), ("Adopt a restorative practice", 170)],
        ),
    ]
}

/// Initial, interim and ending, each submitted; the ending at "meets" or above everywhere.
fn reflection_of(e: &EnrollmentRow, term: Term) -> NewReflection {
    let lift = Term::ALL.iter().position(|t| *t == term).unwrap_or(0) as u8;
    crate::demo_reflection::term(e, term, reflection::element_count(), true, |i| (1 + (i % 2) as u8 + lift).min(4))
}

fn application_to_practice(
    c: &mut DbConnection,
    interim: &coachfolio_persistence::reflections::ReflectionRow,
    start: Date,
) -> Result<(), ApiError> {
    let why = |element: &str, reason: &str| ElementReason { element: element.into(), reason: reason.into() };
    let focus = ["4A", "4B", "5A", "5B", "6A"];
    let content = AtpContent {
        most_growth: ["1A", "1B", "2A", "2B", "3A"].map(|e| why(e, "Coaching and the PLC work.")).to_vec(),
        focus: focus.map(|e| why(e, "New to me this year.")).to_vec(),
        action_plans: focus
            .map(|e| FocusPlan {
                element: e.into(),
                desired_score: Some(3),
                coach_support: "Observe and give feedback.".into(),
                plans: "Lead one project on it.".into(),
                ilp_revisions: "A year-2 ILP on it.".into(),
            })
            .to_vec(),
        impact: "The cycle of plans, logs and reflections made me a more deliberate leader.".into(),
    };
    let mut row = applications_to_practice::insert(
        c,
        &NewAtp { content: Json(content), counts_for_pl: true, ..NewAtp::on(interim) },
    )?;
    row.status = AtpStatus::Submitted;
    row.submitted_at = Some(at(coachfolio_domain::program_year::program_end(start, 1) - Duration::days(20), 17));
    save(c, &mut row)?;
    Ok(())
}

fn job_shadow(c: &mut DbConnection, e: &EnrollmentRow, start: Date) -> Result<(), ApiError> {
    let form = coachfolio_domain::job_shadow::ExperienceForm {
        candidate_position: "Principal".into(),
        host: "Dr. Lee, Principal, Riverside Middle School".into(),
        position: "Principal".into(),
        why_chosen: "Her school's PLCs are the county's model.".into(),
        learned: "Four hours of PLC visits and a master-schedule walk-through; I will copy the data protocol.".into(),
        would_recommend: Some(true),
        recommend_reason: "Any candidate building PLC time would learn from it.".into(),
        ..Default::default()
    };
    let day = start + Duration::days(420);
    let mut new = NewExperience::draft(e, ExperienceKind::JobShadow, day, Some(5 * 60), form);
    new.status = ExperienceStatus::Submitted;
    let mut row = job_shadows::insert(c, &new)?;
    row.submitted_at = Some(at(day + Duration::days(3), 17));
    save(c, &mut row)?;
    Ok(())
}

/// A summit's twelve hours, approved: with the program's PL days (14 hours a year) and the
/// Application to Practice's 2 hours, 42 hours over the program.
fn summit(c: &mut DbConnection, f: &Finished, e: &EnrollmentRow, start: Date) -> Result<(), ApiError> {
    let form = PlForm {
        title: "ACSA Leadership Summit".into(),
        activity_date: start + Duration::days(430),
        minutes: 12 * 60,
        ilp_id: None,
        reflection: Json(PlReflection {
            standards: vec![5, 6],
            placement_before: Some(2),
            placement_after: Some(3),
            summary: "Two days on equity and ethics; the discipline review in my ILP came from it.".into(),
        }),
    };
    let mut row = professional_learning::insert(c, &NewPl::draft(e, form, e.candidate_id))?;
    let decided = at(start + Duration::days(440), 10);
    row.status = PlStatus::Approved;
    row.submitted_at = Some(decided - Duration::days(5));
    row.decided_by = Some(f.coordinator);
    row.decided_at = Some(decided);
    save(c, &mut row)?;
    Ok(())
}
