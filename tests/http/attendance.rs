//! Attendance and the meeting counts: a coordinator takes attendance (one by one, all present,
//! walk-ins), corrects it with history, records make-ups; the counts move; bad marks are
//! refused naming the field and store nothing; who may read and mark.

use crate::common::{Res, TestApp};
use actix_web::http::Method;
use serde_json::{json, Value};

/// The program's date today, as the server counts it.
async fn today(t: &TestApp, token: &str, enrollment: &str) -> String {
    let r = t.get(&format!("/api/enrollments/{enrollment}/meeting-counts"), token).await.expect(200);
    r.body["as_of"].as_str().unwrap().to_string()
}

/// An event of `kind` for candidates that began at midnight today (so attendance is open).
async fn started(t: &TestApp, coord: &str, day: &str, kind: &str, credited: u32) -> String {
    let p = t.program(coord).await;
    let body = json!({"kind": kind, "title": format!("Today's {kind}"), "audience": "candidates",
        "starts_at": format!("{day}T00:00"), "ends_at": format!("{day}T23:59"), "credited_minutes": credited});
    let r = t.post(&format!("/api/programs/{p}/events"), coord, body).await.expect(201);
    r.body["id"].as_str().unwrap().to_string()
}

async fn put(t: &TestApp, path: &str, token: &str, etag: Option<&str>, body: Value) -> Res {
    t.call(Method::PUT, path, Some(token), Some(body), etag).await
}

fn etag(r: &Res) -> String {
    r.headers.get("etag").unwrap().to_str().unwrap().to_string()
}

/// The candidate's current program year's tally of `what` (cohort_meetings, end_of_year).
async fn tally(t: &TestApp, token: &str, enrollment: &str, what: &str) -> Value {
    let r = t.get(&format!("/api/enrollments/{enrollment}/meeting-counts"), token).await.expect(200);
    let day = r.body["as_of"].as_str().unwrap().to_string();
    let years = r.body["counts"]["years"].as_array().unwrap();
    let year = years
        .iter()
        .find(|y| y["starts_on"].as_str().unwrap() <= day.as_str() && day.as_str() <= y["ends_on"].as_str().unwrap())
        .expect("a current program year");
    year[what].clone()
}

async fn a_coordinator_takes_attendance_and_the_cohort_meeting_count_moves(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let eid = e["id"].as_str().unwrap();
    let brooks_e = t.enrollment_of(&coord, "cand.brooks").await;
    let day = today(&t, &coord, eid).await;
    let ev = started(&t, &coord, &day, "cohort_meeting", 150).await;
    let (alvarez, brooks, chen) =
        (t.user_id("cand.alvarez").await, t.user_id("cand.brooks").await, t.user_id("cand.chen").await);
    for who in [&alvarez, &brooks] {
        t.post(&format!("/api/events/{ev}/registrations"), &coord, json!({"user_id": who})).await.expect(201);
    }
    let sheet = t.get(&format!("/api/events/{ev}/attendance"), &coord).await.expect(200);
    assert_eq!((sheet.body["unmarked"].as_u64(), sheet.body["can"]["mark"].as_bool()), (Some(2), Some(true)));
    let cand = t.token("cand.alvarez").await;
    let before = tally(&t, &cand, eid, "cohort_meetings").await["counted"].as_u64().unwrap();

    let absent = put(&t, &format!("/api/events/{ev}/attendance/{alvarez}"), &coord, None, json!({"status": "absent"}))
        .await
        .expect(201);
    assert_eq!((absent.body["walk_in"].as_bool(), absent.body["credited_minutes"].as_u64()), (Some(false), Some(0)));
    let all = t.post(&format!("/api/events/{ev}/attendance/all-present"), &coord, json!({})).await.expect(200);
    assert_eq!(
        (all.body["attended"].as_u64(), all.body["absent"].as_u64(), all.body["unmarked"].as_u64()),
        (Some(1), Some(1), Some(0)),
        "all present leaves the absence as marked"
    );
    let walk_in = put(&t, &format!("/api/events/{ev}/attendance/{chen}"), &coord, None, json!({"status": "attended"}))
        .await
        .expect(201);
    assert_eq!((walk_in.body["walk_in"].as_bool(), walk_in.body["credited_minutes"].as_u64()), (Some(true), Some(150)));
    let lines = t.get(&format!("/api/events/{ev}/attendance"), &coord).await.expect(200).body["lines"].clone();
    let names: Vec<_> = lines.as_array().unwrap().iter().map(|l| l["person"]["username"].as_str().unwrap()).collect();
    assert_eq!(names, ["cand.alvarez", "cand.brooks", "cand.chen"], "places in order of arrival, then walk-ins");
    let brooks_tally = tally(&t, &coord, brooks_e["id"].as_str().unwrap(), "cohort_meetings").await;
    assert_eq!(brooks_tally["counted"].as_u64(), Some(before + 1), "Brooks attended");
    assert_eq!(tally(&t, &cand, eid, "cohort_meetings").await["counted"].as_u64(), Some(before), "absent");

    // A correction needs the mark's ETag, refuses a stale one, and keeps the mark as it was.
    let path = format!("/api/events/{ev}/attendance/{alvarez}");
    put(&t, &path, &coord, None, json!({"status": "attended"})).await.expect(428);
    put(&t, &path, &coord, Some("\"7\""), json!({"status": "attended"})).await.expect(412);
    let fixed = put(&t, &path, &coord, Some(&etag(&absent)), json!({"status": "attended", "note": "Signed in late"}))
        .await
        .expect(200);
    assert_eq!((fixed.body["status"].as_str(), fixed.body["credited_minutes"].as_u64()), (Some("attended"), Some(150)));
    let id = fixed.body["id"].as_str().unwrap();
    let history = t.get(&format!("/api/attendance/{id}/revisions"), &coord).await.expect(200);
    assert_eq!(history.body[0]["before"]["status"], "absent");
    assert_eq!(history.body[0]["by"]["username"], "coordinator");
    assert_eq!(tally(&t, &cand, eid, "cohort_meetings").await["counted"].as_u64(), Some(before + 1));

    // Her proof of attendance is hers and the staff's.
    let proof = t.get(&format!("/api/attendance/{id}"), &cand).await.expect(200);
    assert_eq!(
        (proof.body["can"]["certificate"].as_bool(), proof.body["program_name"].is_string()),
        (Some(true), true)
    );
    t.get(&format!("/api/attendance/{id}"), &t.token("cand.brooks").await).await.expect(404);
    let mine = t.get(&format!("/api/enrollments/{eid}/meeting-counts"), &cand).await.expect(200);
    assert!(mine.body["marks"].as_array().unwrap().iter().any(|m| m["attendance_id"] == id));

    let csv = t.get(&format!("/api/events/{ev}/attendance.csv"), &coord).await.expect(200);
    let text = csv.body.as_str().unwrap();
    assert!(text.starts_with("Name,Username,Email,Registration,Attendance"));
    assert!(text.contains("cand.chen") && text.contains("not registered,attended,yes,2:30"), "{text}");
}

async fn make_ups_count_for_the_meeting_missed(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let eid = e["id"].as_str().unwrap();
    let day = today(&t, &coord, eid).await;
    let alvarez = t.user_id("cand.alvarez").await;
    let missed = started(&t, &coord, &day, "end_of_year", 0).await;
    let other = started(&t, &coord, &day, "end_of_year", 0).await;
    let before = tally(&t, &coord, eid, "end_of_year").await;
    let path = format!("/api/events/{missed}/attendance/{alvarez}");
    put(&t, &path, &coord, None, json!({"status": "excused", "makeup": {"date": "2000-01-01", "note": "x"}}))
        .await
        .expect_field(422, "makeup.date");
    put(&t, &path, &coord, None, json!({"status": "excused", "makeup": {"date": day}}))
        .await
        .expect_field(422, "makeup.note");
    let made_up =
        put(&t, &path, &coord, None, json!({"status": "excused", "makeup": {"event_id": other}})).await.expect(201);
    assert_eq!(made_up.body["makeup"]["event_title"], "Today's end_of_year");
    put(&t, &format!("/api/events/{other}/attendance/{alvarez}"), &coord, None, json!({"status": "attended"}))
        .await
        .expect(201);
    let after = tally(&t, &coord, eid, "end_of_year").await;
    assert_eq!(
        after["counted"].as_u64(),
        Some(before["counted"].as_u64().unwrap() + 1),
        "the make-up session counts once, for the meeting missed"
    );
    assert_eq!(after["made_up"].as_u64(), Some(before["made_up"].as_u64().unwrap() + 1));
}

async fn bad_marks_are_refused_naming_the_field_and_store_nothing(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let eid = e["id"].as_str().unwrap();
    let day = today(&t, &coord, eid).await;
    let ev = started(&t, &coord, &day, "cohort_meeting", 150).await;
    let pl = started(&t, &coord, &day, "professional_learning", 60).await;
    let alvarez = t.user_id("cand.alvarez").await;
    let (other_program, _, _) = t.other_program().await;
    let admin = t.token("admin").await;
    let outsider = t.new_account(&admin, "outsider").await;
    let okafor = t.user_id("coach.okafor").await;
    let p = t.program(&coord).await;
    let future = t
        .post(
            &format!("/api/programs/{p}/events"),
            &coord,
            json!({"kind": "cohort_meeting", "title": "Later", "audience": "candidates",
                "starts_at": "2031-01-01T17:00", "ends_at": "2031-01-01T19:00"}),
        )
        .await
        .expect(201);
    let future = future.body["id"].as_str().unwrap();
    let other_event = t
        .post(
            &format!("/api/programs/{other_program}/events"),
            &admin,
            json!({"kind": "cohort_meeting", "title": "Elsewhere", "audience": "candidates",
                "starts_at": format!("{day}T00:00"), "ends_at": format!("{day}T01:00")}),
        )
        .await
        .expect(201);
    let other_event = other_event.body["id"].as_str().unwrap();
    let mark = |event: &str, who: &str| format!("/api/events/{event}/attendance/{who}");
    let long = "x".repeat(2001);
    for (path, body, status, field) in [
        (mark(&ev, &outsider), json!({"status": "attended"}), 422, "user_id"),
        (mark(&ev, &okafor), json!({"status": "attended"}), 422, "user_id"),
        (mark(&ev, &alvarez), json!({"status": "late"}), 422, "status"),
        (mark(&ev, &alvarez), json!({"status": "absent", "note": long}), 422, "note"),
        (mark(&ev, &alvarez), json!({"status": "attended", "makeup": {"date": day, "note": "x"}}), 422, "makeup"),
        (mark(&pl, &alvarez), json!({"status": "absent", "makeup": {"date": day, "note": "x"}}), 422, "makeup"),
        (mark(&ev, &alvarez), json!({"status": "absent", "makeup": {"event_id": other_event}}), 422, "makeup.event_id"),
        (mark(&ev, &alvarez), json!({"status": "absent", "makeup": {"event_id": pl}}), 422, "makeup.event_id"),
        (mark(future, &alvarez), json!({"status": "attended"}), 409, "starts_at"),
    ] {
        put(&t, &path, &coord, None, body).await.expect_field(status, field);
    }
    let sheet = t.get(&format!("/api/events/{ev}/attendance"), &coord).await.expect(200);
    assert_eq!(sheet.body["lines"], json!([]), "nothing stored");
    // A cancelled event takes no attendance.
    let got = t.get(&format!("/api/events/{pl}"), &coord).await.expect(200);
    t.call(Method::POST, &format!("/api/events/{pl}/cancel"), Some(&coord), Some(json!({})), Some(&etag(&got)))
        .await
        .expect(200);
    put(&t, &mark(&pl, &alvarez), &coord, None, json!({"status": "attended"})).await.expect_field(409, "status");
    t.post(&format!("/api/events/{pl}/attendance/all-present"), &coord, json!({})).await.expect_field(409, "status");
}

async fn each_role_sees_the_counts_it_may(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let table = |r: Res| -> (Vec<String>, Vec<String>) {
        let names = |k: &str, who: &str| -> Vec<String> {
            r.body[k].as_array().unwrap().iter().map(|l| l[who]["username"].as_str().unwrap().to_string()).collect()
        };
        (names("candidates", "candidate"), names("coaches", "coach"))
    };
    let path = format!("/api/programs/{p}/meeting-counts");
    let (cands, coaches) = table(t.get(&path, &coord).await.expect(200));
    assert!(cands.contains(&"cand.chen".to_string()) && coaches.contains(&"coach.okafor".to_string()));
    let (cands, coaches) = table(t.get(&path, &t.token("district.rep").await).await.expect(200));
    assert!(cands.contains(&"cand.alvarez".to_string()) && !cands.contains(&"cand.chen".to_string()));
    assert!(coaches.is_empty(), "a district representative sees candidates only");
    let (cands, coaches) = table(t.get(&path, &t.token("coach.rivera").await).await.expect(200));
    assert!(cands.contains(&"cand.chen".to_string()) && !cands.is_empty());
    assert_eq!(coaches, ["coach.rivera"], "a coach sees themself");
    let (cands, _) = table(t.get(&path, &t.token("coach.okafor").await).await.expect(200));
    assert!(cands.is_empty(), "a coach without candidates sees none");
    t.get(&path, &t.token("cand.alvarez").await).await.expect(403);
    let rivera = t.user_id("coach.rivera").await;
    let own = format!("/api/programs/{p}/coaches/{rivera}/meeting-counts");
    let mine = t.get(&own, &t.token("coach.rivera").await).await.expect(200);
    assert_eq!(mine.body["counts"]["years"][0]["coach_meetings"]["required"], 4);
    assert_eq!(mine.body["counts"]["training"]["required"], 1);
    t.get(&own, &t.token("coach.okafor").await).await.expect(404);
    t.get(&own, &t.token("director").await).await.expect(200);
    let csv = t.get(&format!("/api/programs/{p}/meeting-counts.csv"), &coord).await.expect(200);
    let text = csv.body.as_str().unwrap();
    assert!(text.starts_with("Candidate,Username,Cohort,District,Status,Program year,Orientation,Cohort meetings"));
    assert!(text.contains("Coach,Username,School year,Coach meetings"), "{text}");
}

on_both_databases!(
    a_coordinator_takes_attendance_and_the_cohort_meeting_count_moves,
    make_ups_count_for_the_meeting_missed,
    bad_marks_are_refused_naming_the_field_and_store_nothing,
    each_role_sees_the_counts_it_may,
);
