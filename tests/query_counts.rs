//! The number of database queries behind the busiest reads does not grow with the program:
//! counted with diesel's instrumentation (one test in this binary, so the count is its own).

#[path = "http/common/mod.rs"]
mod common;
use common::TestApp;
use diesel::connection::{set_default_instrumentation, Instrumentation, InstrumentationEvent};
use serde_json::json;
use std::sync::atomic::{AtomicUsize, Ordering};

static QUERIES: AtomicUsize = AtomicUsize::new(0);

fn counter() -> Option<Box<dyn Instrumentation>> {
    Some(Box::new(|event: InstrumentationEvent<'_>| {
        // The background writer recording reads and the checkpoint of SQLite's log run on their
        // own schedule: not this request's.
        let background = matches!(std::thread::current().name(), Some("read-audit" | "sqlite-checkpoint"));
        if matches!(event, InstrumentationEvent::StartQuery { .. }) && !background {
            QUERIES.fetch_add(1, Ordering::SeqCst);
        }
    }))
}

async fn queries_for(t: &TestApp, path: &str, token: &str) -> usize {
    // The same state of the session cache for every measurement: just seen.
    t.get("/api/me", token).await.expect(200);
    let before = QUERIES.load(Ordering::SeqCst);
    t.get(path, token).await.expect(200);
    QUERIES.load(Ordering::SeqCst) - before
}

#[actix_web::test]
async fn the_program_views_and_a_log_read_take_the_same_queries_for_4_or_14_candidates() {
    set_default_instrumentation(counter).unwrap();
    let t = TestApp::sqlite().await;
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let coach = t.token("coach.rivera").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let log = t.get(&format!("/api/enrollments/{}/coaching-logs", e["id"].as_str().unwrap()), &coach).await.expect(200);
    let log_path = format!("/api/coaching-logs/{}", log.body["items"][0]["id"].as_str().unwrap());
    let hours = format!("/api/programs/{p}/hours");
    let reflections = format!("/api/programs/{p}/reflections");
    let meetings = format!("/api/programs/{p}/meeting-counts");
    let pl = format!("/api/programs/{p}/professional-learning-hours");
    let review = format!("/api/programs/{p}/portfolio-review");
    let completion = format!("/api/enrollments/{}/completion", e["id"].as_str().unwrap());
    let to_do = format!("/api/programs/{p}/to-do");
    let standing = format!("/api/programs/{p}/completion-status");
    let small = (
        queries_for(&t, &hours, &coord).await,
        queries_for(&t, &log_path, &coach).await,
        queries_for(&t, &reflections, &coord).await,
        queries_for(&t, &meetings, &coord).await,
        queries_for(&t, &pl, &coord).await,
        queries_for(&t, &review, &coord).await,
        queries_for(&t, &completion, &coord).await,
        queries_for(&t, &to_do, &coord).await,
        queries_for(&t, &to_do, &coach).await,
        queries_for(&t, &standing, &coord).await,
    );

    let cohorts = t.get(&format!("/api/programs/{p}/cohorts"), &coord).await.expect(200).body;
    let districts = t.get(&format!("/api/programs/{p}/districts"), &coord).await.expect(200).body;
    let rivera = t.user_id("coach.rivera").await;
    for i in 0..10 {
        let id = t.new_account(&coord, &format!("extra.{i}")).await;
        let e = t
            .post(&format!("/api/programs/{p}/enrollments"), &coord, json!({
                "candidate_id": id, "cohort_id": cohorts[0]["id"], "district_id": districts[0]["id"], "start_date": "2025-09-01",
                "position": "principal", "employment": "full_time", "cost_structure": "program_provides_coach"
            }))
            .await
            .expect(201);
        t.post(
            &format!("/api/enrollments/{}/coach-assignments", e.body["id"].as_str().unwrap()),
            &coord,
            json!({"coach_id": rivera, "start_date": "2025-09-01"}),
        )
        .await
        .expect(201);
    }
    let large = (
        queries_for(&t, &hours, &coord).await,
        queries_for(&t, &log_path, &coach).await,
        queries_for(&t, &reflections, &coord).await,
        queries_for(&t, &meetings, &coord).await,
        queries_for(&t, &pl, &coord).await,
        queries_for(&t, &review, &coord).await,
        queries_for(&t, &completion, &coord).await,
        queries_for(&t, &to_do, &coord).await,
        queries_for(&t, &to_do, &coach).await,
        queries_for(&t, &standing, &coord).await,
    );
    assert_eq!(
        large, small,
        "(hours table, log read, reflections view, meeting counts, PL hours, portfolio review, completion form, \
         the coordinator's and the coach's what's next, completion status) queries with 14 candidates vs 4"
    );
    // At most: session, pool health checks, roles, program, enrollments and coaches, sums.
    assert!(small.0 <= 10, "the hours table takes {} queries", small.0);
    assert!(small.2 <= 10, "the reflections view takes {} queries", small.2);
    assert!(small.3 <= 12, "the meeting counts take {} queries", small.3);
    assert!(small.5 <= 25, "the portfolio review takes {} queries", small.5);

    // The daily digest: claiming and reading a day's notifications for 10 people or 2,000.
    let program: coachfolio_domain::ids::ProgramId = p.parse().unwrap();
    assert_eq!(
        digest_queries(&t, program, 10),
        digest_queries(&t, program, 2000),
        "digest queries, 10 vs 2,000 people"
    );
}

/// Queries to claim and read the digest of `people` new accounts with three notifications each.
fn digest_queries(t: &TestApp, program: coachfolio_domain::ids::ProgramId, people: usize) -> usize {
    use coachfolio_domain::notification::{EmailStatus, NoticeKind};
    use coachfolio_persistence::notifications::{self, NotificationRow};
    use coachfolio_persistence::users;
    let day_ago = coachfolio_persistence::now() - time::Duration::days(1);
    let rows: Vec<NotificationRow> =
        t.db.write(|c| {
            (0..people)
                .map(|i| {
                    let name = format!("digest.{people}.{i}");
                    let new = users::NewUser::new(&format!("{name}@example.org"), &name, &name, String::new());
                    users::insert(c, &new).map(|u| u.id)
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .unwrap()
        .into_iter()
        .flat_map(|id| (0..3).map(move |n| (id, n)))
        .map(|(id, n)| NotificationRow {
            email_status: EmailStatus::Digest,
            created_at: day_ago,
            next_attempt_at: day_ago,
            ..NotificationRow::new(
                id,
                Some(program),
                NoticeKind::FollowUp,
                format!("Follow-up {n}"),
                String::new(),
                "/".into(),
            )
        })
        .collect();
    t.db.write(|c| notifications::insert(c, &rows)).unwrap();
    let before = QUERIES.load(Ordering::SeqCst);
    let now = coachfolio_persistence::now();
    let claimed = t.db.write(|c| notifications::claim_digest(c, program, now, now, 100_000)).unwrap();
    assert_eq!(claimed.len(), people * 3);
    QUERIES.load(Ordering::SeqCst) - before
}
