//! Coaching logs: the flow, every rule, concurrency, revisions, and the hours they add up to.

use crate::common::{Res, TestApp};
use actix_web::http::Method;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Today for the demo program, which keeps California's calendar.
fn today() -> time::Date {
    coachfolio_domain::time_zone::date_in("America/Los_Angeles", time::OffsetDateTime::now_utc())
}

/// A past date in the current month when there is one (hours then land in "this month").
fn recent_day() -> time::Date {
    let t = today();
    if t.day() > 1 {
        t.previous_day().unwrap()
    } else {
        t
    }
}

async fn post_if(t: &TestApp, path: &str, token: &str, etag: &str, body: Value) -> Res {
    t.call(Method::POST, path, Some(token), Some(body), Some(etag)).await
}

/// The demo enrollment of Sofia Alvarez (coach Maya Rivera) and tokens.
async fn setup(t: &TestApp) -> (String, String, String, String) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    (e["id"].as_str().unwrap().to_string(), coord, t.token("coach.rivera").await, t.token("cand.alvarez").await)
}

fn full_log(day: time::Date, start: &str, minutes: u32) -> Value {
    json!({
        "meeting_date": day.to_string(), "start_time": start, "duration_minutes": minutes, "mode": "face_to_face",
        "activity_codes": ["A", "1"], "standards": [2, 5],
        "focus": "Building PLC culture with the ELA team", "candidate_next_steps": "Draft norms",
        "coach_next_steps": "Share protocol", "ilp_revisions": "", "follow_up_done": true
    })
}

async fn month_minutes(t: &TestApp, enrollment: &str, token: &str, day: time::Date) -> u64 {
    let l = t.get(&format!("/api/enrollments/{enrollment}/ledger"), token).await.expect(200);
    let key = format!("{:04}-{:02}", day.year(), u8::from(day.month()));
    l.body["years"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|y| y["months"].as_array().unwrap().clone())
        .find(|m| m["month"] == key)
        .map(|m| m["minutes"].as_u64().unwrap())
        .unwrap_or(0)
}

/// One of the demo's acknowledged logs of `enrollment`: the log, its path, ETag and meeting day.
async fn an_acknowledged_log(t: &TestApp, enrollment: &str, token: &str) -> (Value, String, String, time::Date) {
    let list = t.get(&format!("/api/enrollments/{enrollment}/coaching-logs"), token).await.expect(200);
    let log = list.body["items"].as_array().unwrap().iter().find(|l| l["state"] == "acknowledged").unwrap().clone();
    let path = format!("/api/coaching-logs/{}", log["id"].as_str().unwrap());
    let etag = format!("\"{}\"", log["version"]);
    let day =
        time::Date::parse(log["meeting_date"].as_str().unwrap(), &time::format_description::well_known::Iso8601::DATE)
            .unwrap();
    (log, path, etag, day)
}

async fn draft_submit_acknowledge_and_the_hours_move(t: TestApp) {
    let (e, _, coach, cand) = setup(&t).await;
    let day = recent_day();
    let before = month_minutes(&t, &e, &cand, day).await;
    // The form saves as the coach types: a draft with one field, then the rest.
    let d = t
        .post(&format!("/api/enrollments/{e}/coaching-logs"), &coach, json!({"focus": "Half-written"}))
        .await
        .expect(201);
    assert_eq!(d.body["state"], "draft");
    let id = d.body["id"].as_str().unwrap().to_string();
    let d =
        t.patch(&format!("/api/coaching-logs/{id}"), &coach, &d.etag(), full_log(day, "06:10", 95)).await.expect(200);
    assert_eq!(d.body["focus"], "Building PLC culture with the ELA team");
    assert_eq!(d.body["start_time"], "06:10");
    // The candidate does not see the coach's draft.
    let list = t.get(&format!("/api/enrollments/{e}/coaching-logs"), &cand).await.expect(200);
    assert!(!list.body["items"].as_array().unwrap().iter().any(|l| l["id"] == id.as_str()));
    let s = post_if(&t, &format!("/api/coaching-logs/{id}/submit"), &coach, &d.etag(), json!({})).await.expect(200);
    assert_eq!(s.body["state"], "submitted");
    assert!(s.body["submitted_at"].is_string());
    assert_eq!(month_minutes(&t, &e, &cand, day).await, before, "only acknowledged logs count by default");
    let a =
        post_if(&t, &format!("/api/coaching-logs/{id}/acknowledge"), &cand, &s.etag(), json!({"comment": "Thank you"}))
            .await
            .expect(200);
    assert_eq!(a.body["state"], "acknowledged");
    assert_eq!(a.body["acknowledged_by"]["username"], "cand.alvarez");
    assert_eq!(a.body["acknowledgement_comment"], "Thank you");
    assert_eq!(month_minutes(&t, &e, &cand, day).await, before + 95);
    // The coach's caseload moves too.
    let caseload = t.get("/api/me/caseload", &coach).await.expect(200);
    let mine = caseload.body.as_array().unwrap().iter().find(|c| c["enrollment"]["id"] == e.as_str()).unwrap().clone();
    let key = format!("{:04}-{:02}", day.year(), u8::from(day.month()));
    let month = mine["ledger"]["years"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|y| y["months"].as_array().unwrap().clone())
        .find(|m| m["month"] == key)
        .unwrap();
    assert_eq!(month["minutes"].as_u64().unwrap(), before + 95);
    // Acknowledging twice is refused.
    post_if(&t, &format!("/api/coaching-logs/{id}/acknowledge"), &cand, &a.etag(), json!({})).await.expect(409);
}

async fn every_rule_names_its_field_and_nothing_is_stored(t: TestApp) {
    let (e, _, coach, _) = setup(&t).await;
    let logs = format!("/api/enrollments/{e}/coaching-logs");
    // Field rules apply to drafts too.
    t.post(&logs, &coach, json!({"duration_minutes": 0})).await.expect_field(422, "duration_minutes");
    t.post(&logs, &coach, json!({"duration_minutes": 20 * 60})).await.expect_field(422, "duration_minutes");
    t.post(&logs, &coach, json!({"standards": [7]})).await.expect_field(422, "standards");
    t.post(&logs, &coach, json!({"activity_codes": ["Z"]})).await.expect_field(422, "activity_codes");
    t.post(&logs, &coach, json!({"start_time": "25:00"})).await.expect_field(422, "start_time");
    t.post(&logs, &coach, json!({"mode": "carrier pigeon"})).await.expect_field(422, "mode");
    t.post(&logs, &coach, json!({"mood": "great"})).await.expect_field(422, "mood");
    // Submission rules, each on its own draft.
    let submit = |body: Value| {
        let (t, logs, coach) = (&t, logs.clone(), coach.clone());
        async move {
            let d = t.post(&logs, &coach, body).await.expect(201);
            let r = post_if(
                t,
                &format!("/api/coaching-logs/{}/submit", d.body["id"].as_str().unwrap()),
                &coach,
                &d.etag(),
                json!({}),
            )
            .await;
            if r.status.is_client_error() {
                let stored = t.get(&format!("/api/coaching-logs/{}", d.body["id"].as_str().unwrap()), &coach).await;
                assert_eq!(stored.body["state"], "draft", "a refused submission stores nothing");
                assert_eq!(stored.body["version"], d.body["version"]);
            }
            r
        }
    };
    let r = submit(json!({"focus": "only text"})).await.expect(422);
    for f in ["meeting_date", "start_time", "duration_minutes", "mode"] {
        assert!(r.fields().contains(&f.to_string()), "{f}: {}", r.body);
    }
    // Every problem at once: missing fields and a date before the enrollment.
    let r = submit(json!({"meeting_date": "2020-01-06"})).await.expect(422);
    let errors = r.body["errors"].as_array().unwrap().clone();
    assert!(
        errors.iter().any(|e| e["field"] == "meeting_date" && e["message"].as_str().unwrap().contains("before")),
        "{}",
        r.body
    );
    assert!(r.fields().contains(&"mode".to_string()));
    let tomorrow = today().next_day().unwrap();
    submit(full_log(tomorrow, "10:00", 60)).await.expect_field(422, "meeting_date");
    let before_enrollment = time::Date::from_calendar_date(2020, time::Month::January, 6).unwrap();
    submit(full_log(before_enrollment, "10:00", 60)).await.expect_field(422, "meeting_date");
    // The demo has a 16:00 session on the 8th of each counted month; find one.
    let list = t.get(&format!("{logs}?per_page=100"), &coach).await.expect(200);
    let taken = list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["start_time"] == "16:00" && l["state"] != "draft")
        .unwrap()
        .clone();
    let day: time::Date = time::Date::parse(
        taken["meeting_date"].as_str().unwrap(),
        &time::format_description::well_known::Iso8601::DATE,
    )
    .unwrap();
    submit(full_log(day, "16:30", 60)).await.expect_field(422, "start_time");
    submit(full_log(day, "23:30", 60)).await.expect_field(422, "duration_minutes");
    // Touching the end of that session is fine.
    let end = taken["duration_minutes"].as_u64().unwrap();
    let after = format!("{:02}:{:02}", (16 * 60 + end) / 60, (16 * 60 + end) % 60);
    submit(full_log(day, &after, 30)).await.expect(200);
}

async fn the_coach_must_have_been_assigned_on_the_meeting_date(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let cohorts = t.get(&format!("/api/programs/{p}/cohorts"), &coord).await.expect(200).body;
    let districts = t.get(&format!("/api/programs/{p}/districts"), &coord).await.expect(200).body;
    let diaz = t.user_id("cand.diaz").await;
    let okafor = t.user_id("coach.okafor").await;
    let e = t
        .post(&format!("/api/programs/{p}/enrollments"), &coord, json!({
            "candidate_id": diaz, "cohort_id": cohorts[0]["id"], "district_id": districts[0]["id"], "start_date": "2025-09-01",
            "position": "principal", "employment": "full_time", "cost_structure": "program_provides_coach"
        }))
        .await
        .expect(201);
    let eid = e.body["id"].as_str().unwrap();
    t.post(
        &format!("/api/enrollments/{eid}/coach-assignments"),
        &coord,
        json!({"coach_id": okafor, "start_date": "2026-01-05"}),
    )
    .await
    .expect(201);
    let coach = t.token("coach.okafor").await;
    let d = t
        .post(
            &format!("/api/enrollments/{eid}/coaching-logs"),
            &coach,
            full_log(time::Date::from_calendar_date(2025, time::Month::October, 6).unwrap(), "10:00", 60),
        )
        .await
        .expect(201);
    let r = post_if(
        &t,
        &format!("/api/coaching-logs/{}/submit", d.body["id"].as_str().unwrap()),
        &coach,
        &d.etag(),
        json!({}),
    )
    .await;
    let r = r.expect_field(422, "meeting_date");
    assert!(r.body["errors"][0]["message"].as_str().unwrap().contains("assigned coach"));
}

async fn a_stale_write_gets_412_and_the_current_version(t: TestApp) {
    let (e, _, coach, _) = setup(&t).await;
    let d = t.post(&format!("/api/enrollments/{e}/coaching-logs"), &coach, json!({"focus": "v1"})).await.expect(201);
    let path = format!("/api/coaching-logs/{}", d.body["id"].as_str().unwrap());
    let v2 = t.patch(&path, &coach, &d.etag(), json!({"focus": "second tab"})).await.expect(200);
    let stale = t.patch(&path, &coach, &d.etag(), json!({"focus": "first tab"})).await.expect(412);
    assert_eq!(stale.body["current"]["focus"], "second tab");
    assert_eq!(stale.etag(), v2.etag());
    assert_eq!(t.get(&path, &coach).await.body["focus"], "second tab");
    t.call(Method::PATCH, &path, Some(&coach), Some(json!({"focus": "x"})), None).await.expect(428);
    // A draft can be discarded; a signed log cannot.
    t.call(Method::DELETE, &path, Some(&coach), None, Some(&v2.etag())).await.expect(204);
    t.get(&path, &coach).await.expect(404);
}

async fn changing_a_signed_log_keeps_its_revision_and_needs_a_new_acknowledgement(t: TestApp) {
    let (e, coord, coach, cand) = setup(&t).await;
    let (log, path, etag, day) = an_acknowledged_log(&t, &e, &coach).await;
    let counted = month_minutes(&t, &e, &cand, day).await;
    let r = t
        .patch(&path, &coach, &etag, json!({"coach_next_steps": "Corrected next steps", "duration_minutes": 100}))
        .await
        .expect(200);
    assert_eq!(r.body["state"], "submitted", "the candidate must acknowledge the change");
    assert!(r.body["acknowledged_at"].is_null());
    assert_eq!(month_minutes(&t, &e, &cand, day).await, counted - log["duration_minutes"].as_u64().unwrap());
    let revs = t.get(&format!("{path}/revisions"), &coord).await.expect(200);
    let rev = &revs.body[0];
    assert_eq!(rev["by"]["username"], "coach.rivera");
    assert_eq!(rev["action"], "edited");
    assert_eq!(rev["changed_fields"], json!(["duration_minutes", "coach_next_steps", "state"]));
    assert_eq!(rev["before"]["coach_next_steps"], log["coach_next_steps"]);
    assert_eq!(rev["before"]["state"], "acknowledged");
    post_if(&t, &format!("{path}/acknowledge"), &cand, &r.etag(), json!({})).await.expect(200);
    assert_eq!(month_minutes(&t, &e, &cand, day).await, counted - log["duration_minutes"].as_u64().unwrap() + 100);
}

async fn a_coordinator_returns_a_log_and_its_hours_stop_counting(t: TestApp) {
    let (e, coord, coach, cand) = setup(&t).await;
    let (log, path, etag, day) = an_acknowledged_log(&t, &e, &coord).await;
    let counted = month_minutes(&t, &e, &cand, day).await;
    post_if(&t, &format!("{path}/return"), &coord, &etag, json!({"reason": " "})).await.expect_field(422, "reason");
    let r =
        post_if(&t, &format!("{path}/return"), &coord, &etag, json!({"reason": "Date looks wrong"})).await.expect(200);
    assert_eq!(r.body["state"], "returned");
    assert_eq!(r.body["return_reason"], "Date looks wrong");
    assert_eq!(month_minutes(&t, &e, &cand, day).await, counted - log["duration_minutes"].as_u64().unwrap());
    let s = post_if(&t, &format!("{path}/submit"), &coach, &r.etag(), json!({})).await.expect(200);
    assert_eq!(s.body["state"], "submitted");
    assert!(s.body["return_reason"].is_null());
}

async fn reads_are_audited_and_a_former_coach_reads_only_their_time(t: TestApp) {
    let (e, coord, rivera, _) = setup(&t).await;
    let list = t.get(&format!("/api/enrollments/{e}/coaching-logs?per_page=2"), &coord).await.expect(200);
    let id = list.body["items"][0]["id"].as_str().unwrap().to_string();
    t.get(&format!("/api/coaching-logs/{id}"), &coord).await.expect(200);
    let p = t.program(&coord).await;
    // Reads are written by a background writer within moments: wait for them, up to 5 s.
    let mut reads = Vec::new();
    for _ in 0..50 {
        let audit = t.get(&format!("/api/programs/{p}/audit?per_page=100"), &coord).await.expect(200);
        reads = audit.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["action"] == "coaching_log.read" && a["entity_id"] == id.as_str())
            .cloned()
            .collect();
        if reads.len() >= 2 {
            break;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(reads.len() >= 2, "the list read and the single read");
    assert_eq!(reads[0]["actor"]["username"], "coordinator");
    assert!(reads[0]["after"].is_null() && reads[0]["before"].is_null(), "no log text in the audit trail");

    // Maya Rivera hands Sofia Alvarez over to Daniel Okafor.
    let history = t.get(&format!("/api/enrollments/{e}/coach-assignments"), &coord).await.expect(200);
    let aid = history.body[0]["id"].as_str().unwrap();
    t.post(
        &format!("/api/coach-assignments/{aid}/end"),
        &coord,
        json!({"end_date": recent_day().previous_day().unwrap().to_string()}),
    )
    .await
    .expect(200);
    let okafor_id = t.user_id("coach.okafor").await;
    t.post(
        &format!("/api/enrollments/{e}/coach-assignments"),
        &coord,
        json!({"coach_id": okafor_id, "start_date": recent_day().to_string()}),
    )
    .await
    .expect(201);
    t.get(&format!("/api/coaching-logs/{id}"), &rivera).await.expect(200);
    t.post(&format!("/api/enrollments/{e}/coaching-logs"), &rivera, json!({})).await.expect(403);
    let okafor = t.token("coach.okafor").await;
    let d = t
        .post(&format!("/api/enrollments/{e}/coaching-logs"), &okafor, full_log(recent_day(), "05:00", 30))
        .await
        .expect(201);
    let s = post_if(
        &t,
        &format!("/api/coaching-logs/{}/submit", d.body["id"].as_str().unwrap()),
        &okafor,
        &d.etag(),
        json!({}),
    )
    .await
    .expect(200);
    t.get(&format!("/api/coaching-logs/{}", s.body["id"].as_str().unwrap()), &rivera).await.expect(404);
    let hers = t.get(&format!("/api/enrollments/{e}/coaching-logs?per_page=100"), &rivera).await.expect(200);
    assert!(hers.body["items"].as_array().unwrap().iter().all(|l| l["coach"]["username"] == "coach.rivera"));
    // A page and its total count only what the reader sees: not her successor's logs, not his
    // draft for the candidate.
    t.post(&format!("/api/enrollments/{e}/coaching-logs"), &okafor, json!({"focus": "Next visit"})).await.expect(201);
    let all = t.get(&format!("/api/enrollments/{e}/coaching-logs?per_page=100"), &okafor).await.expect(200);
    let signed = all.body["items"].as_array().unwrap().iter().filter(|l| l["state"] != "draft").count();
    for (who, token, expected) in [
        ("her former coach", &rivera, hers.body["items"].as_array().unwrap().len()),
        ("the candidate", &t.token("cand.alvarez").await, signed),
    ] {
        let first = t.get(&format!("/api/enrollments/{e}/coaching-logs?per_page=1"), token).await.expect(200);
        assert_eq!(first.body["total"].as_u64(), Some(expected as u64), "{who}'s total");
        let last = format!("/api/enrollments/{e}/coaching-logs?per_page=1&page={expected}");
        assert_eq!(
            t.get(&last, token).await.expect(200).body["items"].as_array().unwrap().len(),
            1,
            "{who}'s last page"
        );
    }
    assert!(signed < all.body["total"].as_u64().unwrap() as usize, "his own total counts his draft");
}

async fn the_program_hours_table_and_its_csv(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let table = t.get(&format!("/api/programs/{p}/hours?program_year=1"), &coord).await.expect(200);
    assert_eq!(table.body["as_of"], today().to_string(), "the program's date, in California");
    let rows = table.body["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 4);
    let row_of = |name: &str| rows.iter().find(|r| r["candidate"]["username"] == name).unwrap();
    let row = |name: &str| row_of(name)["ledger"].clone();
    let brooks = row("cand.brooks");
    assert_eq!(brooks["years"].as_array().unwrap().len(), 1);
    let below: Vec<_> = brooks["years"][0]["months"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["below_minimum"] == true)
        .map(|m| m["month"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(below.len(), 2, "December and March");
    assert_eq!(brooks["years"][0]["meets_hours"], false);
    assert_eq!(row("cand.alvarez")["years"][0]["meets_hours"], true);
    let chen = row("cand.chen");
    assert!(chen["years"][0]["system_of_support_minutes"].as_u64().unwrap() > 0, "video sessions");

    let cohort = row_of("cand.brooks")["cohort_id"].as_str().unwrap();
    let csv = t.get(&format!("/api/programs/{p}/hours.csv?cohort_id={cohort}"), &coord).await.expect(200);
    assert!(csv.headers.get("content-type").unwrap().to_str().unwrap().starts_with("text/csv"));
    let disposition = csv.headers.get("content-disposition").unwrap().to_str().unwrap().to_string();
    assert!(disposition.contains(&format!("coaching-hours-{}.csv", today())), "{disposition}");
    let text = csv.body.as_str().unwrap().to_string();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("Candidate,Username,Cohort,Status,Program year,"));
    assert!(header.contains(",Sep,Oct,Nov,Dec,Jan,"), "month columns are named when the cohort is one: {header}");
    assert_eq!(lines.filter(|l| l.contains("Marcus Brooks")).count(), 2, "one line per program year");
    // A district representative gets their district's candidates only.
    let rep = t.token("district.rep").await;
    let theirs = t.get(&format!("/api/programs/{p}/hours"), &rep).await.expect(200);
    assert_eq!(theirs.body["rows"].as_array().unwrap().len(), 3, "Sierra Unified's: Alvarez, Brooks, Evans");
    t.get(&format!("/api/programs/{p}/hours?program_year=0"), &coord).await.expect_field(422, "program_year");
}

async fn counting_submitted_logs_is_a_program_setting(t: TestApp) {
    let (e, coord, coach, cand) = setup(&t).await;
    let day = recent_day();
    let d =
        t.post(&format!("/api/enrollments/{e}/coaching-logs"), &coach, full_log(day, "05:10", 45)).await.expect(201);
    post_if(&t, &format!("/api/coaching-logs/{}/submit", d.body["id"].as_str().unwrap()), &coach, &d.etag(), json!({}))
        .await
        .expect(200);
    let before = month_minutes(&t, &e, &cand, day).await;
    let p = t.program(&coord).await;
    let prog = t.get(&format!("/api/programs/{p}"), &coord).await.expect(200);
    t.patch(
        &format!("/api/programs/{p}"),
        &coord,
        &prog.etag(),
        json!({"settings": {"counted_log_state": "submitted"}}),
    )
    .await
    .expect(200);
    assert!(month_minutes(&t, &e, &cand, day).await >= before + 45);
}

/// Every month of a ledger with coaching in it: "YYYY-MM" → (minutes, face-to-face, sessions).
async fn ledger_months(t: &TestApp, enrollment: &str, token: &str) -> BTreeMap<String, (u64, u64, u64)> {
    let l = t.get(&format!("/api/enrollments/{enrollment}/ledger"), token).await.expect(200);
    l.body["years"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|y| y["months"].as_array().unwrap().clone())
        .filter(|m| m["sessions"].as_u64().unwrap() > 0)
        .map(|m| {
            let n = |k: &str| m[k].as_u64().unwrap();
            (m["month"].as_str().unwrap().to_string(), (n("minutes"), n("face_to_face_minutes"), n("sessions")))
        })
        .collect()
}

/// The same months added up by the test from the logs themselves.
async fn months_from_logs(
    t: &TestApp,
    enrollment: &str,
    token: &str,
    states: &[&str],
) -> BTreeMap<String, (u64, u64, u64)> {
    let mut out: BTreeMap<String, (u64, u64, u64)> = BTreeMap::new();
    for page in 1.. {
        let list = t
            .get(&format!("/api/enrollments/{enrollment}/coaching-logs?per_page=100&page={page}"), token)
            .await
            .expect(200);
        let items = list.body["items"].as_array().unwrap().clone();
        for l in items.iter().filter(|l| states.contains(&l["state"].as_str().unwrap())) {
            let minutes = l["duration_minutes"].as_u64().unwrap();
            let m = out.entry(l["meeting_date"].as_str().unwrap()[..7].to_string()).or_default();
            m.0 += minutes;
            m.1 += if l["mode"] == "face_to_face" { minutes } else { 0 };
            m.2 += 1;
        }
        if items.len() < 100 {
            break;
        }
    }
    out
}

/// The hours come from a monthly summary the database keeps beside the logs; whatever happens
/// to a log (signed, moved to another month, another mode, returned, discarded), the ledger
/// must equal the sums of the logs themselves, under either counting setting.
async fn the_hours_always_equal_the_sums_of_the_logs(t: TestApp) {
    let (e, coord, coach, cand) = setup(&t).await;
    let logs = format!("/api/enrollments/{e}/coaching-logs");
    let this_month = recent_day();
    let last_month = this_month.replace_day(1).unwrap().previous_day().unwrap().replace_day(20).unwrap();
    let sign = |id: String, etag: String, ack: bool| {
        let (t, coach, cand) = (&t, coach.clone(), cand.clone());
        async move {
            let s = post_if(t, &format!("/api/coaching-logs/{id}/submit"), &coach, &etag, json!({})).await.expect(200);
            if ack {
                post_if(t, &format!("/api/coaching-logs/{id}/acknowledge"), &cand, &s.etag(), json!({}))
                    .await
                    .expect(200)
            } else {
                s
            }
        }
    };
    // Acknowledged, face to face, this month.
    let a = t.post(&logs, &coach, full_log(this_month, "04:00", 60)).await.expect(201);
    let a_id = a.body["id"].as_str().unwrap().to_string();
    let a = sign(a_id.clone(), a.etag(), true).await;
    // Submitted by video, last month.
    let mut b = full_log(last_month, "04:00", 30);
    b["mode"] = json!("video");
    let b = t.post(&logs, &coach, b).await.expect(201);
    let b_id = b.body["id"].as_str().unwrap().to_string();
    let b = sign(b_id.clone(), b.etag(), false).await;
    // The signed log moves to last month, by phone, longer; acknowledged again.
    let moved = t
        .patch(
            &format!("/api/coaching-logs/{a_id}"),
            &coach,
            &a.etag(),
            json!({"meeting_date": last_month.to_string(), "start_time": "05:30", "mode": "phone", "duration_minutes": 75}),
        )
        .await
        .expect(200);
    post_if(&t, &format!("/api/coaching-logs/{a_id}/acknowledge"), &cand, &moved.etag(), json!({})).await.expect(200);
    // A submitted video session is corrected: still submitted, longer.
    let mut c = full_log(this_month, "02:00", 40);
    c["mode"] = json!("video");
    let c = t.post(&logs, &coach, c).await.expect(201);
    let c_id = c.body["id"].as_str().unwrap().to_string();
    let c = sign(c_id.clone(), c.etag(), false).await;
    let c = t
        .patch(&format!("/api/coaching-logs/{c_id}"), &coach, &c.etag(), json!({"duration_minutes": 50}))
        .await
        .expect(200);
    assert_eq!(c.body["state"], "submitted");
    // The other is returned; a dated draft is written and discarded.
    post_if(&t, &format!("/api/coaching-logs/{b_id}/return"), &coord, &b.etag(), json!({"reason": "Wrong mode"}))
        .await
        .expect(200);
    let d = t.post(&logs, &coach, full_log(this_month, "03:00", 45)).await.expect(201);
    t.call(
        Method::DELETE,
        &format!("/api/coaching-logs/{}", d.body["id"].as_str().unwrap()),
        Some(&coach),
        None,
        Some(&d.etag()),
    )
    .await
    .expect(204);

    let counted = ledger_months(&t, &e, &cand).await;
    assert_eq!(counted, months_from_logs(&t, &e, &coord, &["acknowledged"]).await);
    let key = format!("{:04}-{:02}", last_month.year(), u8::from(last_month.month()));
    assert!(counted[&key].2 >= 1 && counted[&key].0 >= 75, "the moved log counts in its new month");

    let p = t.program(&coord).await;
    let prog = t.get(&format!("/api/programs/{p}"), &coord).await.expect(200);
    t.patch(
        &format!("/api/programs/{p}"),
        &coord,
        &prog.etag(),
        json!({"settings": {"counted_log_state": "submitted"}}),
    )
    .await
    .expect(200);
    assert_eq!(
        ledger_months(&t, &e, &cand).await,
        months_from_logs(&t, &e, &coord, &["submitted", "acknowledged"]).await
    );
}

/// "Not in the future" is the program's calendar. The zone is picked so that, at this very
/// hour, the program's date differs from the UTC date: the test holds at any time of day.
async fn the_future_is_the_programs_calendar_not_the_servers(t: TestApp) {
    let (e, coord, coach, _) = setup(&t).await;
    let now = time::OffsetDateTime::now_utc();
    let utc_today = now.date();
    let (zone, ahead) = if now.hour() >= 10 { ("Pacific/Kiritimati", true) } else { ("Pacific/Pago_Pago", false) };
    let local_today = coachfolio_domain::time_zone::date_in(zone, now);
    assert_ne!(local_today, utc_today);
    let p = t.program(&coord).await;
    let prog = t.get(&format!("/api/programs/{p}"), &coord).await.expect(200);
    t.patch(&format!("/api/programs/{p}"), &coord, &prog.etag(), json!({"time_zone": zone})).await.expect(200);
    let submit = |day: time::Date| {
        let (t, coach, logs) = (&t, coach.clone(), format!("/api/enrollments/{e}/coaching-logs"));
        async move {
            let d = t.post(&logs, &coach, full_log(day, "01:00", 30)).await.expect(201);
            post_if(
                t,
                &format!("/api/coaching-logs/{}/submit", d.body["id"].as_str().unwrap()),
                &coach,
                &d.etag(),
                json!({}),
            )
            .await
        }
    };
    if ahead {
        // Already tomorrow in Kiritimati: a session held there today is not in the future.
        submit(local_today).await.expect(200);
    } else {
        // Still yesterday in Pago Pago: the server's date is the program's tomorrow.
        submit(utc_today).await.expect_field(422, "meeting_date");
        submit(local_today).await.expect(200);
    }
}

/// What each reader may do with a log, as the log itself says (the web app shows no button
/// the API would refuse).
async fn every_log_says_what_its_reader_may_do_with_it(t: TestApp) {
    let (e, coord, coach, cand) = setup(&t).await;
    let director = t.token("director").await;
    let can = |r: &Res| r.body["can"].clone();
    let allows = |edit: bool, submit: bool, acknowledge: bool, ret: bool, discard: bool| json!({"edit": edit, "submit": submit, "acknowledge": acknowledge, "return": ret, "discard": discard});
    let d = t.post(&format!("/api/enrollments/{e}/coaching-logs"), &coach, full_log(recent_day(), "04:00", 45)).await;
    let d = d.expect(201);
    assert_eq!(can(&d), allows(true, true, false, false, true), "the coach's own draft");
    let path = format!("/api/coaching-logs/{}", d.body["id"].as_str().unwrap());
    let s = post_if(&t, &format!("{path}/submit"), &coach, &d.etag(), json!({})).await.expect(200);
    assert_eq!(can(&s), allows(true, false, false, false, false), "signed: the coach may still correct it");
    assert_eq!(can(&t.get(&path, &cand).await.expect(200)), allows(false, false, true, false, false));
    assert_eq!(can(&t.get(&path, &coord).await.expect(200)), allows(false, false, false, true, false));
    assert_eq!(can(&t.get(&path, &director).await.expect(200)), allows(false, false, false, false, false));
    let list = t.get(&format!("/api/enrollments/{e}/coaching-logs?per_page=100"), &cand).await.expect(200);
    let listed = list.body["items"].as_array().unwrap().iter().find(|l| l["id"] == d.body["id"]).unwrap().clone();
    assert_eq!(listed["can"], allows(false, false, true, false, false), "lists say the same as reads");
    // Once acknowledged, the candidate has nothing left to do and the 412 body says so too.
    let a = post_if(&t, &format!("{path}/acknowledge"), &cand, &s.etag(), json!({})).await.expect(200);
    assert_eq!(can(&a), allows(false, false, false, false, false));
    let stale = post_if(&t, &format!("{path}/acknowledge"), &cand, &s.etag(), json!({})).await.expect(412);
    assert_eq!(stale.body["current"]["can"], allows(false, false, false, false, false));
}

/// A change that changes nothing writes nothing: no new version, nothing for another tab to
/// trip over.
async fn saving_an_unchanged_log_writes_nothing(t: TestApp) {
    let (e, _, coach, _) = setup(&t).await;
    let d = t.post(&format!("/api/enrollments/{e}/coaching-logs"), &coach, json!({"focus": "Same"})).await.expect(201);
    let path = format!("/api/coaching-logs/{}", d.body["id"].as_str().unwrap());
    let again = t.patch(&path, &coach, &d.etag(), json!({"focus": "Same"})).await.expect(200);
    assert_eq!(again.etag(), d.etag());
    let changed = t.patch(&path, &coach, &d.etag(), json!({"focus": "Changed"})).await.expect(200);
    assert_ne!(changed.etag(), d.etag());
}

/// A stored value that does not parse (here a log state no version of the app wrote) is an
/// error that is logged, never read as some default: the log is not shown as a draft.
async fn a_stored_value_that_does_not_parse_is_an_error_not_a_default(t: TestApp) {
    use diesel::RunQueryDsl;
    let (e, coord, _, _) = setup(&t).await;
    let (_, path, _, _) = an_acknowledged_log(&t, &e, &coord).await;
    let id = path.rsplit('/').next().unwrap().to_string();
    t.db.write(|c| {
        diesel::sql_query(format!("UPDATE coaching_logs SET state = 'lost' WHERE id = '{id}'")).execute(c)?;
        Ok::<_, coachfolio_persistence::StoreError>(())
    })
    .unwrap();
    let r = t.get(&path, &coord).await.expect(500);
    assert!(!r.body.to_string().contains("lost"), "the cause stays in the server's log: {}", r.body);
    t.get(&format!("/api/enrollments/{e}/coaching-logs"), &coord).await.expect(500);
}

on_both_databases!(
    every_log_says_what_its_reader_may_do_with_it,
    saving_an_unchanged_log_writes_nothing,
    a_stored_value_that_does_not_parse_is_an_error_not_a_default,
    draft_submit_acknowledge_and_the_hours_move,
    every_rule_names_its_field_and_nothing_is_stored,
    the_coach_must_have_been_assigned_on_the_meeting_date,
    a_stale_write_gets_412_and_the_current_version,
    changing_a_signed_log_keeps_its_revision_and_needs_a_new_acknowledgement,
    a_coordinator_returns_a_log_and_its_hours_stop_counting,
    reads_are_audited_and_a_former_coach_reads_only_their_time,
    the_program_hours_table_and_its_csv,
    counting_submitted_logs_is_a_program_setting,
    the_hours_always_equal_the_sums_of_the_logs,
    the_future_is_the_programs_calendar_not_the_servers,
);
