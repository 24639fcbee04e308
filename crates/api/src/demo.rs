//! First-start data. With demo data on (the default), an empty database gets a demo program
//! with fictional people so every screen shows something; off, it gets only an installation
//! administrator with a one-time password printed at start-up.

use crate::auth::{passwords, tokens};
use crate::error::ApiError;
use coachfolio_domain::coaching_log::{LogFlow, LogMode};
use coachfolio_domain::enrollment::Position;
use coachfolio_domain::fees::{self, FeePayer, FeePlan, Payers, PaymentMethod};
use coachfolio_domain::ids::{DistrictId, PaymentId, ProgramId, UserId};
use coachfolio_domain::ilp::{ActionStep, IlpStatus, StepStatus};
use coachfolio_domain::professional_learning::{PlReflection, PlStatus};
use coachfolio_domain::program_year::program_year;
use coachfolio_domain::reflection::{self, ReflectionStatus, Term};
use coachfolio_domain::request::{DoctoralDegree, DoctoralWaiverForm, RequestForm, RequestStatus, WaivableTopic};
use coachfolio_domain::role::Role;
use coachfolio_persistence::applications_to_practice::{self, NewAtp};
use coachfolio_persistence::coaching_logs::{self, LogForm, NewLog};
use coachfolio_persistence::cohorts::{self, NewCohort};
use coachfolio_persistence::districts::{self, NewDistrict};
use coachfolio_persistence::enrollments::{self, AssignmentRow, EnrollmentDetails, EnrollmentRow, NewEnrollment};
use coachfolio_persistence::ilps::{self, IlpForm, NewIlp};
use coachfolio_persistence::memberships::{self, MembershipRow};
use coachfolio_persistence::payments::{self, PaymentRow};
use coachfolio_persistence::professional_learning::{self, NewPl, PlForm};
use coachfolio_persistence::programs::{self, NewProgram};
use coachfolio_persistence::reflections::{self, NewReflection};
use coachfolio_persistence::requests::{self, NewRequest, StepRow};
use coachfolio_persistence::users::{self, AccountScope, NewUser, UserRow};
use coachfolio_persistence::{Db, DbConnection, Json};
use time::{Date, Month, PrimitiveDateTime};

/// The demo accounts' password (fictional people; never use demo data for a real program).
pub const DEMO_PASSWORD: &str = "coachfolio-demo";

/// The demo program is Californian, as the handbook's programs are.
const DEMO_TIME_ZONE: &str = "America/Los_Angeles";

/// Seeds an empty database; returns what to print about signing in, or `None` if it had data.
pub fn seed_if_empty(db: &Db, demo: bool) -> Result<Option<String>, ApiError> {
    db.write(|c| {
        coachfolio_persistence::wait_for_other_starts(c)?;
        if users::list(c, None, &AccountScope::All, 0, 1)?.1 > 0 {
            return Ok(None);
        }
        if demo {
            seed_demo(c, crate::clock::today_in(DEMO_TIME_ZONE))?;
            Ok(Some(format!(
                "Demo data created. Sign in with password \"{DEMO_PASSWORD}\" as one of:\n  \
                 admin (installation administrator), coordinator, director, district.rep,\n  \
                 coach.rivera, coach.okafor (coaches), cand.alvarez, cand.brooks, cand.chen, cand.diaz, cand.evans (candidates)\n\
                 Set COACHFOLIO_DEMO_DATA=false for a real installation."
            )))
        } else {
            let password = tokens::random_password();
            add_user(c, "admin", "Installation Administrator", "admin@localhost.invalid", &password, true, true)?;
            Ok(Some(format!(
                "Created the installation administrator. Sign in as \"admin\" with the one-time password {password} and choose a new one."
            )))
        }
    })
}

fn add_user(
    c: &mut DbConnection,
    username: &str,
    name: &str,
    email: &str,
    password: &str,
    admin: bool,
    must_change: bool,
) -> Result<UserRow, ApiError> {
    let new = NewUser {
        must_change_password: must_change,
        is_admin: admin,
        ..NewUser::new(email, username, name, passwords::hash(password))
    };
    Ok(users::insert(c, &new)?)
}

fn grant(
    c: &mut DbConnection,
    user: &UserRow,
    program: ProgramId,
    role: Role,
    district: Option<DistrictId>,
) -> Result<(), ApiError> {
    memberships::insert(c, &MembershipRow::new(user.id, program, role, district))?;
    Ok(())
}

/// Cohort A started the September before last (its candidates are in year 2), Cohort B in
/// January of this year (year 1), so both program years have candidates.
pub fn demo_cohort_starts(today: Date) -> (Date, Date) {
    let a_year = if today.month() as u8 >= 9 { today.year() - 1 } else { today.year() - 2 };
    let a = Date::from_calendar_date(a_year, Month::September, 1).expect("valid date");
    let b = Date::from_calendar_date(today.year(), Month::January, 12).expect("valid date");
    (a, b)
}

fn seed_demo(c: &mut DbConnection, today: Date) -> Result<(), ApiError> {
    let p =
        |u: &str, n: &str, admin: bool| (u.to_string(), n.to_string(), format!("{u}@demo.coachfolio.invalid"), admin);
    let people = [
        p("admin", "Ada Admin", true),
        p("coordinator", "Casey Coordinator", false),
        p("director", "Dana Director", false),
        p("district.rep", "Riley Representative", false),
        p("coach.rivera", "Maya Rivera", false),
        p("coach.okafor", "Daniel Okafor", false),
        p("cand.alvarez", "Sofia Alvarez", false),
        p("cand.brooks", "Marcus Brooks", false),
        p("cand.chen", "Lily Chen", false),
        p("cand.diaz", "Javier Diaz", false),
        p("cand.evans", "Elena Evans", false),
    ];
    let mut rows = Vec::new();
    for (u, n, e, admin) in &people {
        rows.push(add_user(c, u, n, e, DEMO_PASSWORD, *admin, false)?);
    }
    let [_, coordinator, director, rep, rivera, okafor, alvarez, brooks, chen, _diaz, evans] = &rows[..] else {
        unreachable!("eleven demo people")
    };
    let program =
        programs::insert(c, &NewProgram::new("Demo County CASC", "Demo County Office of Education", DEMO_TIME_ZONE))?;
    let (a_start, b_start) = demo_cohort_starts(today);
    let a = cohorts::insert(c, &NewCohort::new(program.id, "Cohort A", a_start, 2))?;
    let b = cohorts::insert(c, &NewCohort::new(program.id, "Cohort B", b_start, 2))?;
    let sierra = districts::insert(c, &NewDistrict::new(program.id, "Sierra Unified", "Demo County"))?;
    let valley = districts::insert(c, &NewDistrict::new(program.id, "Valley Joint Unified", "Demo County"))?;
    grant(c, coordinator, program.id, Role::Coordinator, None)?;
    grant(c, director, program.id, Role::Director, None)?;
    grant(c, rep, program.id, Role::DistrictRepresentative, Some(sierra.id))?;
    grant(c, rivera, program.id, Role::Coach, None)?;
    grant(c, okafor, program.id, Role::Coach, None)?;
    for (candidate, district, site, position) in [
        (alvarez, &sierra, "Sierra High School", Position::AssistantPrincipal),
        (brooks, &sierra, "Pine Elementary School", Position::Principal),
        (chen, &valley, "Valley Middle School", Position::AssistantPrincipal),
    ] {
        grant(c, candidate, program.id, Role::Candidate, None)?;
        let new = NewEnrollment {
            position,
            details: EnrollmentDetails {
                site: Some(site.into()),
                supervisor_name: Some("Pat Superintendent".into()),
                supervisor_email: Some("pat.superintendent@demo.coachfolio.invalid".into()),
                appointment_date: Some(a.start_date - time::Duration::days(60)),
                agreement_signed_on: Some(a.start_date + time::Duration::days(20)),
                ..Default::default()
            },
            // Marcus Brooks pays his own fee (Plan B); the others' agencies pay (Plan A).
            fee_payer: if candidate.id == brooks.id { FeePlan::Candidate } else { FeePlan::Agency },
            ..NewEnrollment::new(program.id, candidate.id, a.id, district.id, a.start_date)
        };
        let e = enrollments::insert(c, &new)?;
        // Sofia Alvarez's agency and Marcus Brooks have paid what fell due in year 1's autumn;
        // Daniel Chen's agency has not: his receivable is overdue.
        let paid = if candidate.id == chen.id { 0 } else { 1 };
        let s = &program.settings.0;
        let payers = Payers::of(e.fee_payer, e.candidate_fee_cents);
        let plan = fees::installments(s.fee_program_coach_cents, payers, a.start_date, 2, &s.fee_dates());
        for i in plan.into_iter().take(paid) {
            let method = match i.payer {
                FeePayer::Agency => PaymentMethod::PurchaseOrder,
                FeePayer::Candidate => PaymentMethod::PersonalCheck,
            };
            payments::insert(
                c,
                &PaymentRow {
                    id: PaymentId::new(),
                    program_id: program.id,
                    enrollment_id: e.id,
                    paid_on: i.due_on,
                    payer: i.payer,
                    amount_cents: i.amount_cents,
                    method,
                    reference: Some(format!("No. {}", 1000 + i.number)),
                    reverses_id: None,
                    note: None,
                    recorded_by: coordinator.id,
                    recorded_at: coachfolio_persistence::now(),
                },
            )?;
        }
        enrollments::insert_assignment(c, &AssignmentRow::new(e.id, rivera.id, a.start_date))?;
        coaching_logs::insert_many(c, &demo_logs(&|| NewLog::draft(&e, rivera.id), site, e.start_date, today))?;
        if let Some(plan) = demo_ilp(&e, site, rivera.id) {
            ilps::insert(c, &plan)?;
        }
        // Marcus Brooks asked to have two topics waived for his EdD; the director has it.
        if candidate.id == brooks.id {
            let form = RequestForm::DoctoralWaiver(DoctoralWaiverForm {
                degree: DoctoralDegree::Edd,
                field: "Educational Leadership".into(),
                institution: "California State University, Fresno".into(),
                conferred_on: today - time::Duration::days(400),
                topics: vec![WaivableTopic::HumanResources, WaivableTopic::FinanceAndBudget],
            });
            let mut waiver = NewRequest::submitted(&e, form, brooks.id);
            waiver.steps.0.push(StepRow {
                status: RequestStatus::UnderReview,
                by: coordinator.id,
                at: waiver.created_at.assume_utc(),
                note: Some("Transcript and course catalogue received".into()),
            });
            waiver.status = RequestStatus::UnderReview;
            requests::insert(c, &waiver)?;
        }
        // Marcus Brooks's alternative PL waits in the coordinators' queue, submitted before its PDFs
        // were needed: it is not approved until they are attached.
        if candidate.id == brooks.id {
            let form = PlForm {
                title: "ACSA Leadership Summit".into(),
                activity_date: today - time::Duration::days(20),
                minutes: 6 * 60,
                ilp_id: None,
                reflection: Json(PlReflection {
                    standards: vec![2, 5],
                    placement_before: Some(2),
                    placement_after: Some(3),
                    summary: "Sessions on instructional rounds and on ethical decision-making; \
                              I will bring the rounds protocol to Pine's leadership team."
                        .into(),
                }),
            };
            let mut pl = NewPl::draft(&e, form, candidate.id);
            (pl.status, pl.submitted_at) = (PlStatus::Submitted, Some(coachfolio_persistence::now()));
            professional_learning::insert(c, &pl)?;
        }
        for r in demo_reflections(&e, site) {
            let r = reflections::insert(c, &r)?;
            // Sofia Alvarez has begun her Application to Practice on her submitted interim.
            if r.term == Term::Interim && r.status == ReflectionStatus::Submitted {
                applications_to_practice::insert(c, &NewAtp::on(&r))?;
            }
        }
    }
    let calendar = crate::demo_calendar::Calendar {
        program: program.id,
        cohort_a: a.id,
        cohort_b: b.id,
        district: valley.id,
        coordinator: coordinator.id,
        coach: rivera.id,
        candidates: vec![alvarez.id, brooks.id, chen.id],
    };
    crate::demo_calendar::seed(c, &calendar, today)?;
    grant(c, evans, program.id, Role::Candidate, None)?;
    let finished = crate::demo_finished::Finished {
        program: program.id,
        district: sierra.id,
        coordinator: coordinator.id,
        coach: rivera.id,
        candidate: evans.id,
        cohort_a_start: a_start,
    };
    crate::demo_finished::seed(c, &finished)
}

/// Every demo candidate submitted the initial reflection at orientation; Sofia Alvarez also
/// the interim, a level higher on most elements; Marcus Brooks has begun his interim.
fn demo_reflections(e: &EnrollmentRow, site: &str) -> Vec<NewReflection> {
    let term = |term: Term, lift: u8, submitted: bool, upto: usize| {
        crate::demo_reflection::term(e, term, upto, submitted, |i| (1 + (i % 3) as u8 / 2 + lift).min(4))
    };
    let all = reflection::element_count();
    match site {
        "Sierra High School" => vec![term(Term::Initial, 0, true, all), term(Term::Interim, 1, true, all)],
        "Pine Elementary School" => vec![term(Term::Initial, 0, true, all), term(Term::Interim, 1, false, 8)],
        _ => vec![term(Term::Initial, 0, true, all)],
    }
}

/// Sofia Alvarez has a plan in action on instructional leadership (standard 2) with one step
/// attained; Marcus Brooks has started a draft.
fn demo_ilp(e: &EnrollmentRow, site: &str, coach: UserId) -> Option<NewIlp> {
    let step = |step: &str, people: &str, resources: &str, days: i64, attained: bool, learning: &str| ActionStep {
        id: uuid::Uuid::new_v4(),
        step: step.into(),
        people_involved: people.into(),
        resources: resources.into(),
        due_date: Some(e.start_date + time::Duration::days(days)),
        status: if attained { StepStatus::Attained } else { StepStatus::InProgress },
        summary_of_learning: learning.into(),
    };
    let draft = NewIlp::draft(e, e.candidate_id, 1, crate::clock::today_in(DEMO_TIME_ZONE));
    match site {
        "Sierra High School" => Some(NewIlp {
            status: IlpStatus::Active,
            updated_by: coach,
            activated_at: Some(draft.created_at),
            form: IlpForm {
                standards: Json(vec![2]),
                elements: Json(vec!["2B".into()]),
                focus: "Grade-level teams use intervention time differently; there is no shared framework for \
                        moving struggling and accelerated learners."
                    .into(),
                smart_goal: "By the end of the year every grade-level PLC meets weekly in the school day, reviews \
                             common assessment data and plans targeted instruction for four achievement groups."
                    .into(),
                steps: Json(vec![
                    step(
                        "Meet the grade-level chairs to learn what each team does for intervention now.",
                        "Administration, grade-level chairs",
                        "Each team's intervention documents",
                        30,
                        true,
                        "Every team did something different; a communication gap more than a will gap.",
                    ),
                    step(
                        "Build PLC and intervention time into the master schedule.",
                        "Administration, classroom teachers, music teachers",
                        "Master schedule, intervention funds",
                        120,
                        false,
                        "",
                    ),
                ]),
                ..draft.form.clone()
            },
            ..draft
        }),
        "Pine Elementary School" => Some(NewIlp {
            form: IlpForm {
                standards: Json(vec![5]),
                focus: "Building trust with a staff new to me.".into(),
                ..draft.form.clone()
            },
            ..draft
        }),
        _ => None,
    }
}

/// About a year of acknowledged sessions (the 8th and 22nd of each counted month, up to
/// yesterday): Sofia Alvarez meets every monthly minimum, Marcus Brooks falls short in December
/// and March, Lily Chen in February and with one video session a month.
fn demo_logs(draft: &dyn Fn() -> NewLog, site: &str, start: Date, today: Date) -> Vec<NewLog> {
    let texts = [
        (
            "Grievance process and collective bargaining; building culture with the ELA team.",
            "Draft the PLC norms with the ELA lead.",
            "Review the dashboard and PL documents.",
            "Add a goal on PLC culture to ILP 2.",
        ),
        (
            "Safety procedures and drills; distributing procedures to staff.",
            "Walk the campus with the safety team.",
            "Share the county's safety plan template.",
            "",
        ),
        (
            "Classroom observations: feedback cycles with two new teachers.",
            "Schedule follow-up observations.",
            "Bring the observation protocol.",
            "Refine ILP 1 action step 2.",
        ),
        (
            "Budget review for the site plan; celebrating improved attendance.",
            "Meet the business office about categorical funds.",
            "Model a budget conversation.",
            "",
        ),
    ];
    let short = |month: u8| match site {
        "Pine Elementary School" => month == 12 || month == 3,
        "Valley Middle School" => month == 2,
        _ => false,
    };
    let mut rows = Vec::new();
    let mut day = start;
    let mut n = 0;
    while day < today && rows.len() < 60 {
        let month = u8::from(day.month());
        // Lily Chen has not met her coach since this program year began: she is short of hours.
        let paused = site == "Valley Middle School" && program_year(start, day) == program_year(start, today);
        if [8, 22].contains(&day.day()) && (month >= 9 || month <= 5) && !(short(month) && day.day() == 22) && !paused {
            let video = site == "Valley Middle School" && day.day() == 22;
            let minutes = if short(month) {
                90
            } else if day.day() == 8 {
                150
            } else {
                135
            };
            let (focus, cand, coach, ilp) = texts[n % texts.len()];
            let signed = PrimitiveDateTime::new(day + time::Duration::days(1), time::macros::time!(18:00));
            let acknowledged = signed + time::Duration::days(2);
            // Sessions too recent to be signed by the candidate yet stay submitted.
            let done = acknowledged.date() < today;
            let new = draft();
            let mut form = LogForm {
                meeting_date: Some(day),
                start_minute: Some(16 * 60),
                duration_minutes: Some(minutes),
                mode: Some(if video { LogMode::Video } else { LogMode::FaceToFace }),
                activity_codes: Json(if video { ["E", "2"] } else { ["A", "1"] }.map(String::from).to_vec()),
                standards: Json(vec![1 + (n % 6) as u8, 1 + ((n + 2) % 6) as u8]),
                focus: focus.into(),
                candidate_next_steps: cand.into(),
                coach_next_steps: coach.into(),
                ilp_revisions: ilp.into(),
                follow_up_done: Some(true),
                ..LogForm::default()
            };
            form.derive();
            let submitted = LogFlow::from(new.signed.clone()).submit(new.signed.coach_id, signed).expect("a draft");
            let flow = if done {
                submitted.acknowledge(new.candidate_id, acknowledged, None).expect("submitted")
            } else {
                submitted
            };
            rows.push(NewLog {
                form,
                signed: flow.into(),
                version: if done { 3 } else { 2 },
                created_at: signed,
                updated_at: if done { acknowledged } else { signed },
                ..new
            });
            n += 1;
        }
        day = day.next_day().expect("a next day");
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use coachfolio_domain::settings::RequirementSettings;
    use time::macros::date;

    #[test]
    fn demo_logs_leave_some_months_below_the_minimum() {
        use coachfolio_domain::ids::{EnrollmentId, LogId};
        use coachfolio_domain::ledger::{ledger, MonthTotal};
        use coachfolio_persistence::now;
        let today = date!(2026 - 11 - 22);
        let draft = || NewLog {
            id: LogId::new(),
            program_id: ProgramId::new(),
            enrollment_id: EnrollmentId::new(),
            candidate_id: UserId::new(),
            form: LogForm::default(),
            signed: LogFlow::draft(UserId::new()).into(),
            version: 1,
            created_at: now(),
            updated_at: now(),
        };
        let below = |site: &str| {
            let totals: Vec<MonthTotal> = demo_logs(&draft, site, date!(2025 - 09 - 01), today)
                .iter()
                .map(|l| MonthTotal {
                    month: l.form.meeting_month.unwrap(),
                    minutes: l.form.duration_minutes.unwrap() as u32,
                    face_to_face_minutes: l.form.face_to_face_minutes as u32,
                    sessions: 1,
                })
                .collect();
            let l = ledger(&RequirementSettings::default(), date!(2025 - 09 - 01), 2, &totals, today);
            l.years[0].months.iter().filter(|m| m.below_minimum).map(|m| m.month.clone()).collect::<Vec<_>>()
        };
        assert_eq!(below("Sierra High School"), Vec::<String>::new());
        assert_eq!(below("Pine Elementary School"), ["2025-12", "2026-03"]);
        assert_eq!(below("Valley Middle School"), ["2026-02"]);
    }

    #[test]
    fn cohort_a_is_in_year_two_and_b_in_year_one() {
        let (a, b) = demo_cohort_starts(date!(2026 - 11 - 22));
        assert_eq!((a, b), (date!(2025 - 09 - 01), date!(2026 - 01 - 12)));
        let (a, _) = demo_cohort_starts(date!(2026 - 03 - 01));
        assert_eq!(a, date!(2024 - 09 - 01));
    }
}
