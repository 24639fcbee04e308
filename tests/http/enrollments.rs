//! Enrollments, their status machine and coach assignments.

use crate::common::TestApp;
use serde_json::{json, Value};

async fn ids(t: &TestApp, coord: &str) -> (String, String, String) {
    let p = t.program(coord).await;
    let cohorts = t.get(&format!("/api/programs/{p}/cohorts"), coord).await.expect(200).body;
    let districts = t.get(&format!("/api/programs/{p}/districts"), coord).await.expect(200).body;
    let cohort_a = cohorts.as_array().unwrap().iter().find(|c| c["label"] == "Cohort A").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let sierra = districts.as_array().unwrap().iter().find(|d| d["name"] == "Sierra Unified").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    (p, cohort_a, sierra)
}

fn enrollment(candidate: &str, cohort: &str, district: &str) -> Value {
    json!({
        "candidate_id": candidate, "cohort_id": cohort, "district_id": district, "start_date": "2025-09-01",
        "position": "assistant_principal", "employment": "full_time", "cost_structure": "program_provides_coach",
        "site": "Lakeside High", "supervisor_name": "Pat Principal", "supervisor_email": "pat@example.org"
    })
}

async fn enrolling_grants_the_candidate_role_and_derives_the_year(t: TestApp) {
    let coord = t.token("coordinator").await;
    let (p, cohort, district) = ids(&t, &coord).await;
    let diaz = t.user_id("cand.diaz").await;
    let r = t
        .post(&format!("/api/programs/{p}/enrollments"), &coord, enrollment(&diaz, &cohort, &district))
        .await
        .expect(201);
    assert_eq!(r.body["status"], "enrolled");
    assert_eq!(r.body["cohort_label"], "Cohort A");
    assert_eq!(r.body["district_name"], "Sierra Unified");
    assert!(r.body["current_coach"].is_null());
    // Cohort A started the September before last: year 2 now.
    assert_eq!(r.body["program_year"], 2);
    assert_eq!((r.body["fee_payer"].as_str(), r.body["candidate_fee_cents"].as_i64()), (Some("agency"), None));
    let cand = t.token("cand.diaz").await;
    let me = t.get("/api/me", &cand).await.expect(200);
    assert!(me.body["memberships"].as_array().unwrap().iter().any(|m| m["role"] == "candidate"));
    let mine = t.get("/api/me/enrollments", &cand).await.expect(200);
    assert_eq!(mine.body[0]["id"], r.body["id"]);
    t.post(&format!("/api/programs/{p}/enrollments"), &coord, enrollment(&diaz, &cohort, &district))
        .await
        .expect_field(409, "candidate_id");
}

async fn a_cohort_or_district_of_another_program_is_refused(t: TestApp) {
    let coord = t.token("coordinator").await;
    let (p, cohort, district) = ids(&t, &coord).await;
    let (_, other_cohort, other_district) = t.other_program().await;
    let diaz = t.user_id("cand.diaz").await;
    t.post(&format!("/api/programs/{p}/enrollments"), &coord, enrollment(&diaz, &other_cohort, &district))
        .await
        .expect_field(422, "cohort_id");
    t.post(&format!("/api/programs/{p}/enrollments"), &coord, enrollment(&diaz, &cohort, &other_district))
        .await
        .expect_field(422, "district_id");
    let mut bad = enrollment(&diaz, &cohort, &district);
    bad["position"] = json!("janitor");
    t.post(&format!("/api/programs/{p}/enrollments"), &coord, bad).await.expect_field(422, "position");
    let mut extra = enrollment(&diaz, &cohort, &district);
    extra["status"] = json!("recommended");
    t.post(&format!("/api/programs/{p}/enrollments"), &coord, extra).await.expect_field(422, "status");
    let mut email = enrollment(&diaz, &cohort, &district);
    email["supervisor_email"] = json!("not an email");
    t.post(&format!("/api/programs/{p}/enrollments"), &coord, email).await.expect_field(422, "supervisor_email");
    let mut split = enrollment(&diaz, &cohort, &district);
    split["fee_payer"] = json!("split");
    t.post(&format!("/api/programs/{p}/enrollments"), &coord, split).await.expect_field(422, "candidate_fee_cents");
    let cand = t.token("cand.diaz").await;
    assert_eq!(t.get("/api/me/enrollments", &cand).await.expect(200).body, json!([]), "nothing was stored");
}

async fn status_follows_the_state_machine(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let id = e["id"].as_str().unwrap();
    let path = format!("/api/enrollments/{id}/status");
    let etag = format!("\"{}\"", e["version"]);
    let jump = t
        .call(actix_web::http::Method::POST, &path, Some(&coord), Some(json!({"status": "recommended"})), Some(&etag))
        .await;
    let jump = jump.expect_field(422, "status");
    assert!(jump.body["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("completed by its signed Program Completion Verification"));
    // Extending and withdrawing a started enrollment are a request's to do (with their fees).
    for (to, through) in [("extended", "extension request"), ("withdrawn", "withdrawal request")] {
        let by_hand = t
            .call(actix_web::http::Method::POST, &path, Some(&coord), Some(json!({"status": to})), Some(&etag))
            .await
            .expect_field(422, "status");
        assert!(by_hand.body["errors"][0]["message"].as_str().unwrap().contains(through), "{to}");
    }
    // Completed and recommended wait for the signed Program Completion Verification.
    for to in ["completed", "recommended"] {
        let early =
            t.call(actix_web::http::Method::POST, &path, Some(&coord), Some(json!({"status": to})), Some(&etag)).await;
        let message = early.expect_field(if to == "completed" { 409 } else { 422 }, "status").body["errors"][0]
            ["message"]
            .as_str()
            .unwrap()
            .to_string();
        if to == "completed" {
            assert!(message.contains("not signed") && message.contains("the signature of the candidate"), "{message}");
        }
    }
    // The coordinator's signature completes the enrollment.
    assert_eq!(t.complete("cand.alvarez").await["status"], "completed");
    // The version moved on: the same If-Match is now stale.
    t.call(actix_web::http::Method::POST, &path, Some(&coord), Some(json!({"status": "recommended"})), Some(&etag))
        .await
        .expect(412);
    let now = t.get(&format!("/api/enrollments/{id}"), &coord).await.expect(200);
    assert_eq!(now.body["can"]["status_options"], json!(["recommended"]));
    let r = t
        .call(
            actix_web::http::Method::POST,
            &path,
            Some(&coord),
            Some(json!({"status": "recommended", "note": "on the roster"})),
            Some(&now.etag()),
        )
        .await
        .expect(200);
    assert_eq!(r.body["status"], "recommended");
    let audit = t.get(&format!("/api/programs/{}/audit", e["program_id"].as_str().unwrap()), &coord).await.expect(200);
    let changes: Vec<Value> = audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"] == "enrollment.status_changed")
        .cloned()
        .collect();
    assert!(changes.iter().any(|a| a["after"]["note"] == "on the roster"));
    let completed = audit.body["items"].as_array().unwrap().iter().find(|a| a["action"] == "enrollment.completed");
    assert_eq!(completed.expect("completed by the signature")["before"]["status"], "enrolled");
}

async fn editing_an_enrollment_needs_the_current_version(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.brooks").await;
    let path = format!("/api/enrollments/{}", e["id"].as_str().unwrap());
    let read = t.get(&path, &coord).await.expect(200);
    let r = t
        .patch(&path, &coord, &read.etag(), json!({"site": "New Site", "agreement_signed_on": "2025-10-01"}))
        .await
        .expect(200);
    assert_eq!(r.body["site"], "New Site");
    assert_eq!(r.body["position"], "principal", "fields not sent are kept");
    let stale = t.patch(&path, &coord, &read.etag(), json!({"site": "Old tab"})).await.expect(412);
    assert_eq!(stale.body["current"]["site"], "New Site");
    let cleared = t.patch(&path, &coord, &r.etag(), json!({"site": "", "agreement_signed_on": null})).await.expect(200);
    assert!(cleared.body["site"].is_null());
    assert!(cleared.body["agreement_signed_on"].is_null(), "null clears a date");
    assert_eq!(cleared.body["position"], "principal");
}

async fn coach_assignments_keep_history_and_refuse_bad_pairs(t: TestApp) {
    let coord = t.token("coordinator").await;
    let (p, cohort, district) = ids(&t, &coord).await;
    let diaz = t.user_id("cand.diaz").await;
    let okafor = t.user_id("coach.okafor").await;
    let rivera = t.user_id("coach.rivera").await;
    // Maya Rivera is also Javier Diaz's supervisor.
    let mut body = enrollment(&diaz, &cohort, &district);
    body["supervisor_email"] = json!("coach.rivera@demo.coachfolio.invalid");
    let e = t.post(&format!("/api/programs/{p}/enrollments"), &coord, body).await.expect(201);
    let eid = e.body["id"].as_str().unwrap();
    let path = format!("/api/enrollments/{eid}/coach-assignments");
    t.post(&path, &coord, json!({"coach_id": rivera, "start_date": "2025-09-15"})).await.expect_field(422, "coach_id");
    t.post(&path, &coord, json!({"coach_id": diaz, "start_date": "2025-09-15"})).await.expect_field(422, "coach_id");
    let first = t.post(&path, &coord, json!({"coach_id": okafor, "start_date": "2025-09-15"})).await.expect(201);
    assert_eq!(first.body["active"], true);
    t.post(&path, &coord, json!({"coach_id": okafor, "start_date": "2025-10-01"})).await.expect_field(409, "coach_id");
    let history = t.get(&path, &coord).await.expect(200);
    assert_eq!(history.body.as_array().unwrap().len(), 1, "refused assignments are not stored");

    // The coach sees the candidate; the candidate sees the coach.
    let coach = t.token("coach.okafor").await;
    let mine = t.get("/api/me/candidates", &coach).await.expect(200);
    assert_eq!(mine.body[0]["enrollment"]["candidate"]["username"], "cand.diaz");
    let cand = t.token("cand.diaz").await;
    assert_eq!(t.get("/api/me/enrollments", &cand).await.body[0]["current_coach"]["username"], "coach.okafor");

    // Ending keeps the history; the former coach keeps read-only sight.
    let aid = first.body["id"].as_str().unwrap();
    t.post(&format!("/api/coach-assignments/{aid}/end"), &coord, json!({"end_date": "2025-09-01"}))
        .await
        .expect_field(422, "end_date");
    t.post(&format!("/api/coach-assignments/{aid}/end"), &coord, json!({"end_date": "2026-06-30"})).await.expect(200);
    t.post(&format!("/api/coach-assignments/{aid}/end"), &coord, json!({"end_date": "2026-06-30"})).await.expect(409);
    let mine = t.get("/api/me/candidates", &coach).await.expect(200);
    assert_eq!(mine.body[0]["assignment"]["active"], false);
    t.get(&format!("/api/enrollments/{eid}"), &coach).await.expect(200);
    t.patch(&format!("/api/enrollments/{eid}"), &coach, "\"1\"", json!({"site": "x"})).await.expect(403);
    let history = t.get(&path, &coord).await.expect(200);
    assert_eq!(history.body[0]["end_date"], "2026-06-30");
    assert!(t.get("/api/me/enrollments", &cand).await.body[0]["current_coach"].is_null());
}

async fn only_coaches_of_the_program_can_be_assigned(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let eid = e["id"].as_str().unwrap();
    let director = t.user_id("director").await;
    let path = format!("/api/enrollments/{eid}/coach-assignments");
    t.post(&path, &coord, json!({"coach_id": director, "start_date": "2025-09-15"}))
        .await
        .expect_field(422, "coach_id");
    t.post(&path, &coord, json!({"coach_id": "not-a-uuid", "start_date": "2025-09-15"}))
        .await
        .expect_field(422, "coach_id");
}

async fn the_overview_counts_the_program(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let o = t.get(&format!("/api/programs/{p}/overview"), &coord).await.expect(200);
    assert_eq!(o.body["enrollments_by_status"]["enrolled"], 4);
    assert_eq!(o.body["coaches"], 2);
    assert_eq!(o.body["candidates_without_coach"], 0);
    let a = o.body["cohorts"].as_array().unwrap().iter().find(|c| c["cohort"]["label"] == "Cohort A").unwrap().clone();
    assert_eq!(a["candidates"], 3);
}

/// Each enrollment says what the caller may do with it and the records under it, so the web app
/// shows "Add coaching log", "Add an ILP" and "Start" exactly when the API would accept them.
async fn every_enrollment_says_what_its_reader_may_start(t: TestApp) {
    // Fees are never a coach's; a district representative reads no requests; a coordinator
    // sets by hand only the statuses no request makes (an enrolled candidate: completed).
    let can = |edit: bool, log: bool, ilp: bool, reflection: bool, read: bool| {
        json!({"edit": edit, "change_status": edit, "assign_coach": edit, "add_coaching_log": log,
            "add_ilp": ilp, "start_reflection": reflection, "start_application_to_practice": reflection,
            "read_records": read, "upload_document": edit || ilp, "add_professional_learning": ilp,
            "start_job_shadow_or_visit": reflection, "submit_request": edit || reflection,
            "status_options": json!([]),
            "read_fees": !log, "read_requests": read})
    };
    let mine = t.get("/api/me/enrollments", &t.token("cand.alvarez").await).await.expect(200);
    assert_eq!(mine.body[0]["can"], can(false, false, true, true, true), "the candidate");
    let coached = t.get("/api/me/candidates", &t.token("coach.rivera").await).await.expect(200);
    assert_eq!(coached.body[0]["enrollment"]["can"], can(false, true, true, false, true), "the current coach");
    let caseload = t.get("/api/me/caseload", &t.token("coach.rivera").await).await.expect(200);
    assert_eq!(caseload.body[0]["enrollment"]["can"], can(false, true, true, false, true));
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let listed = t.get(&format!("/api/programs/{p}/enrollments"), &coord).await.expect(200);
    assert_eq!(listed.body["items"][0]["can"], can(true, false, false, false, true), "the coordinator");
    let e = listed.body["items"][0]["id"].as_str().unwrap();
    assert_eq!(t.get(&format!("/api/enrollments/{e}"), &coord).await.body["can"], can(true, false, false, false, true));
    let rep = t.get(&format!("/api/programs/{p}/enrollments"), &t.token("district.rep").await).await.expect(200);
    assert_eq!(rep.body["items"][0]["can"], can(false, false, false, false, false), "the district representative");
    let director = t.get(&format!("/api/programs/{p}/enrollments"), &t.token("director").await).await.expect(200);
    assert_eq!(director.body["items"][0]["can"], can(false, false, false, false, true), "the director reads");
}

on_both_databases!(
    every_enrollment_says_what_its_reader_may_start,
    enrolling_grants_the_candidate_role_and_derives_the_year,
    a_cohort_or_district_of_another_program_is_refused,
    status_follows_the_state_machine,
    editing_an_enrollment_needs_the_current_version,
    coach_assignments_keep_history_and_refuse_bad_pairs,
    only_coaches_of_the_program_can_be_assigned,
    the_overview_counts_the_program,
);
