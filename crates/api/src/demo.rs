//! First-start data. With demo data on (the default), an empty database gets a demo program
//! with fictional people so every screen shows something; off, it gets only an installation
//! administrator with a one-time password printed at start-up.

use crate::auth::{passwords, tokens};
use crate::error::ApiError;
use coachfolio_domain::coaching_log::{LogMode, LogState};
use coachfolio_domain::enrollment::{CostStructure, Employment, EnrollmentStatus, Position};
use coachfolio_domain::ledger::month_index;
use coachfolio_domain::role::Role;
use coachfolio_domain::settings::RequirementSettings;
use coachfolio_domain::user::{identity_key, UserStatus};
use coachfolio_persistence::coaching_logs::{self, LogRow};
use coachfolio_persistence::cohorts::CohortRow;
use coachfolio_persistence::districts::DistrictRow;
use coachfolio_persistence::enrollments::{AssignmentRow, EnrollmentRow};
use coachfolio_persistence::memberships::MembershipRow;
use coachfolio_persistence::programs::ProgramRow;
use coachfolio_persistence::users::{self, UserRow};
use coachfolio_persistence::{cohorts, districts, enrollments, memberships, new_id, now, programs, Db, DbConnection};
use time::{Date, Month, PrimitiveDateTime};

/// The demo accounts' password (fictional people; never use demo data for a real program).
pub const DEMO_PASSWORD: &str = "coachfolio-demo";

/// The demo program is Californian, as the handbook's programs are.
const DEMO_TIME_ZONE: &str = "America/Los_Angeles";

/// Seeds an empty database; returns what to print about signing in, or `None` if it had data.
pub fn seed_if_empty(db: &Db, demo: bool) -> Result<Option<String>, ApiError> {
    db.write(|c| {
        if users::list(c, None, 0, 1)?.1 > 0 {
            return Ok(None);
        }
        if demo {
            seed_demo(c, crate::clock::today_in(DEMO_TIME_ZONE))?;
            Ok(Some(format!(
                "Demo data created. Sign in with password \"{DEMO_PASSWORD}\" as one of:\n  \
                 admin (installation administrator), coordinator, director, district.rep,\n  \
                 coach.rivera, coach.okafor (coaches), cand.alvarez, cand.brooks, cand.chen, cand.diaz (candidates)\n\
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
    let at = now();
    let row = UserRow {
        id: new_id(),
        email: email.into(),
        email_key: identity_key(email),
        username: username.into(),
        username_key: identity_key(username),
        display_name: name.into(),
        password_hash: passwords::hash(password),
        status: UserStatus::Active.as_str().into(),
        must_change_password: must_change,
        is_admin: admin,
        version: 1,
        created_at: at,
        updated_at: at,
    };
    users::insert(c, &row)?;
    Ok(row)
}

fn grant(
    c: &mut DbConnection,
    user: &UserRow,
    program: &str,
    role: Role,
    district: Option<&str>,
) -> Result<(), ApiError> {
    memberships::insert(
        c,
        &MembershipRow {
            id: new_id(),
            user_id: user.id.clone(),
            program_id: program.into(),
            role: role.as_str().into(),
            district_id: district.map(str::to_string),
            created_at: now(),
        },
    )?;
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
    ];
    let mut rows = Vec::new();
    for (u, n, e, admin) in &people {
        rows.push(add_user(c, u, n, e, DEMO_PASSWORD, *admin, false)?);
    }
    let [_, coordinator, director, rep, rivera, okafor, alvarez, brooks, chen, _diaz] = &rows[..] else {
        unreachable!("ten demo people")
    };
    let at = now();
    let program = ProgramRow {
        id: new_id(),
        name: "Demo County CASC".into(),
        organisation: "Demo County Office of Education".into(),
        framework: "CPSEL".into(),
        time_zone: DEMO_TIME_ZONE.into(),
        settings: serde_json::to_string(&RequirementSettings::default())
            .map_err(|e| ApiError::Internal(e.to_string()))?,
        version: 1,
        created_at: at,
        updated_at: at,
    };
    programs::insert(c, &program)?;
    let (a_start, b_start) = demo_cohort_starts(today);
    let cohort = |label: &str, start: Date| CohortRow {
        id: new_id(),
        program_id: program.id.clone(),
        label: label.into(),
        start_date: start,
        program_years: 2,
        version: 1,
        created_at: at,
        updated_at: at,
    };
    let (a, b) = (cohort("Cohort A", a_start), cohort("Cohort B", b_start));
    cohorts::insert(c, &a)?;
    cohorts::insert(c, &b)?;
    let district = |name: &str| DistrictRow {
        id: new_id(),
        program_id: program.id.clone(),
        name: name.into(),
        county: "Demo County".into(),
        version: 1,
        created_at: at,
        updated_at: at,
    };
    let (sierra, valley) = (district("Sierra Unified"), district("Valley Joint Unified"));
    districts::insert(c, &sierra)?;
    districts::insert(c, &valley)?;
    grant(c, coordinator, &program.id, Role::Coordinator, None)?;
    grant(c, director, &program.id, Role::Director, None)?;
    grant(c, rep, &program.id, Role::DistrictRepresentative, Some(&sierra.id))?;
    grant(c, rivera, &program.id, Role::Coach, None)?;
    grant(c, okafor, &program.id, Role::Coach, None)?;
    for (candidate, district, site, position) in [
        (alvarez, &sierra, "Sierra High School", Position::AssistantPrincipal),
        (brooks, &sierra, "Pine Elementary School", Position::Principal),
        (chen, &valley, "Valley Middle School", Position::AssistantPrincipal),
    ] {
        grant(c, candidate, &program.id, Role::Candidate, None)?;
        let e = EnrollmentRow {
            id: new_id(),
            program_id: program.id.clone(),
            candidate_id: candidate.id.clone(),
            cohort_id: a.id.clone(),
            start_date: a.start_date,
            status: EnrollmentStatus::Enrolled.as_str().into(),
            district_id: district.id.clone(),
            site: Some(site.into()),
            position: position.as_str().into(),
            employment: Employment::FullTime.as_str().into(),
            supervisor_name: Some("Pat Superintendent".into()),
            supervisor_email: Some("pat.superintendent@demo.coachfolio.invalid".into()),
            credential_number: None,
            credential_issued_on: None,
            appointment_date: Some(a.start_date - time::Duration::days(60)),
            cost_structure: CostStructure::ProgramProvidesCoach.as_str().into(),
            agreement_signed_on: Some(a.start_date + time::Duration::days(20)),
            employment_verified_on: None,
            version: 1,
            created_at: at,
            updated_at: at,
        };
        enrollments::insert(c, &e)?;
        enrollments::insert_assignment(
            c,
            &AssignmentRow {
                id: new_id(),
                enrollment_id: e.id.clone(),
                coach_id: rivera.id.clone(),
                start_date: a.start_date,
                end_date: None,
                created_at: at,
            },
        )?;
        coaching_logs::insert_many(c, &demo_logs(&e, &rivera.id, today))?;
    }
    Ok(())
}

/// About a year of acknowledged sessions (the 8th and 22nd of each counted month, up to
/// yesterday): Sofia Alvarez meets every monthly minimum, Marcus Brooks falls short in December
/// and March, Lily Chen in February and with one video session a month.
fn demo_logs(e: &EnrollmentRow, coach_id: &str, today: Date) -> Vec<LogRow> {
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
    let short = |month: u8| match e.site.as_deref() {
        Some("Pine Elementary School") => month == 12 || month == 3,
        Some("Valley Middle School") => month == 2,
        _ => false,
    };
    let mut rows = Vec::new();
    let mut day = e.start_date;
    let mut n = 0;
    while day < today && rows.len() < 60 {
        let month = u8::from(day.month());
        if [8, 22].contains(&day.day()) && (month >= 9 || month <= 5) && !(short(month) && day.day() == 22) {
            let video = e.site.as_deref() == Some("Valley Middle School") && day.day() == 22;
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
            rows.push(LogRow {
                id: new_id(),
                program_id: e.program_id.clone(),
                enrollment_id: e.id.clone(),
                candidate_id: e.candidate_id.clone(),
                coach_id: coach_id.into(),
                state: if done { LogState::Acknowledged } else { LogState::Submitted }.as_str().into(),
                meeting_date: Some(day),
                meeting_month: Some(month_index(day)),
                start_minute: Some(16 * 60),
                duration_minutes: Some(minutes),
                face_to_face_minutes: if video { 0 } else { minutes },
                mode: Some(if video { LogMode::Video } else { LogMode::FaceToFace }.as_str().into()),
                activity_codes: serde_json::json!(if video { vec!["E", "2"] } else { vec!["A", "1"] }).to_string(),
                standards: serde_json::json!([1 + n % 6, 1 + (n + 2) % 6]).to_string(),
                focus: focus.into(),
                candidate_next_steps: cand.into(),
                coach_next_steps: coach.into(),
                ilp_revisions: ilp.into(),
                next_meeting_date: None,
                next_meeting_minute: None,
                follow_up_done: Some(true),
                submitted_at: Some(signed),
                acknowledged_at: done.then_some(acknowledged),
                acknowledged_by: done.then(|| e.candidate_id.clone()),
                acknowledgement_comment: None,
                returned_at: None,
                returned_by: None,
                return_reason: None,
                version: if done { 3 } else { 2 },
                created_at: signed,
                updated_at: if done { acknowledged } else { signed },
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
    use time::macros::date;

    #[test]
    fn demo_logs_leave_some_months_below_the_minimum() {
        use coachfolio_domain::ledger::{ledger, MonthTotal};
        use coachfolio_domain::settings::RequirementSettings;
        let today = date!(2026 - 11 - 22);
        let e = |site: &str| EnrollmentRow {
            id: "e".into(),
            program_id: "p".into(),
            candidate_id: "c".into(),
            cohort_id: "k".into(),
            start_date: date!(2025 - 09 - 01),
            status: "enrolled".into(),
            district_id: "d".into(),
            site: Some(site.into()),
            position: "principal".into(),
            employment: "full_time".into(),
            supervisor_name: None,
            supervisor_email: None,
            credential_number: None,
            credential_issued_on: None,
            appointment_date: None,
            cost_structure: "program_provides_coach".into(),
            agreement_signed_on: None,
            employment_verified_on: None,
            version: 1,
            created_at: now(),
            updated_at: now(),
        };
        let below = |site: &str| {
            let totals: Vec<MonthTotal> = demo_logs(&e(site), "coach", today)
                .iter()
                .map(|l| MonthTotal {
                    month: l.meeting_month.unwrap(),
                    minutes: l.duration_minutes.unwrap() as u32,
                    face_to_face_minutes: l.face_to_face_minutes as u32,
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
