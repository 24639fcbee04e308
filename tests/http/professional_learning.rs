//! Professional learning: the alternative PL record from draft to approval (its three PDFs
//! first), the hours ledger moving with it, the program's table and CSV; and the job shadow /
//! school visit summaries.

use crate::common::{multipart, pdf, Res, TestApp};
use actix_web::http::Method;
use serde_json::{json, Value};

/// A day `days` ago, safely in the past in the program's time zone.
fn days_ago(days: i64) -> String {
    (time::OffsetDateTime::now_utc().date() - time::Duration::days(days)).to_string()
}

/// The ledger's year that holds `date`.
fn year_of<'a>(hours: &'a Value, date: &str) -> &'a Value {
    let years = hours["ledger"]["years"].as_array().unwrap();
    years
        .iter()
        .find(|y| y["start_date"].as_str().unwrap() <= date && date <= y["end_date"].as_str().unwrap())
        .expect("a program year holds the date")
}

fn minutes(v: &Value, key: &str) -> u64 {
    v[key].as_u64().unwrap()
}

async fn attach(t: &TestApp, enrollment: &str, token: &str, pl: &str, kind: &str) -> Res {
    let fields =
        [("kind", kind), ("title", "Equity summit"), ("activity_date", "2026-01-10"), ("professional_learning_id", pl)];
    let file = pdf(kind);
    let form = multipart(&fields, Some(("doc.pdf", file.as_slice())));
    t.send_multipart(Method::POST, &format!("/api/enrollments/{enrollment}/documents"), token, None, form).await
}

async fn a_candidate_records_alternative_pl_and_a_coordinator_approves_it(t: TestApp) {
    let coord = t.token("coordinator").await;
    let eid = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    let cand = t.token("cand.alvarez").await;
    let hours_path = format!("/api/enrollments/{eid}/professional-learning-hours");
    let on = days_ago(10);
    let before = t.get(&hours_path, &cand).await.expect(200).body;

    let body = json!({"title": "Equity summit", "activity_date": on, "minutes": 360});
    let created = t.post(&format!("/api/enrollments/{eid}/professional-learning"), &cand, body).await.expect(201);
    assert_eq!(created.body["status"], "draft");
    assert_eq!(created.body["missing_documents"], json!(["pl_reflection", "pl_agenda", "pl_sign_in_sheet"]));
    let id = created.body["id"].as_str().unwrap().to_string();
    let path = format!("/api/professional-learning/{id}");

    // Submitting needs the form's standards, placement and summary, and its three PDFs.
    let submit = format!("{path}/submit");
    let r = t.call(Method::POST, &submit, Some(&cand), None, Some(&created.etag())).await.expect(422);
    assert_eq!(r.fields(), ["standards", "placement_before", "summary", "documents"]);
    let reflection = json!({"reflection": {"standards": [2, 3], "placement_before": 2, "placement_after": 3,
        "summary": "Equity walks for my site's PLC, as in my ILP's second step."}});
    t.patch(&path, &cand, "\"9\"", reflection.clone()).await.expect(412);
    let edited = t.patch(&path, &cand, &created.etag(), reflection).await.expect(200);
    attach(&t, &eid, &cand, &id, "pl_reflection").await.expect(201);
    let coach = t.token("coach.rivera").await;
    attach(&t, &eid, &coach, &id, "pl_agenda").await.expect(201);
    let r = t.call(Method::POST, &submit, Some(&cand), None, Some(&edited.etag())).await;
    let detail = r.expect_field(422, "documents").body["errors"][0]["message"].as_str().unwrap().to_string();
    assert!(detail.contains("PL sign-in sheet") && !detail.contains("agenda"), "{detail}");
    attach(&t, &eid, &cand, &id, "pl_sign_in_sheet").await.expect(201);
    let submitted = t.call(Method::POST, &submit, Some(&cand), None, Some(&edited.etag())).await.expect(200);
    assert_eq!(submitted.body["status"], "submitted");
    assert_eq!(submitted.body["can"]["edit"], false);
    assert_eq!(submitted.body["missing_documents"], json!([]));
    t.patch(&path, &cand, &submitted.etag(), json!({"minutes": 420})).await.expect_field(409, "status");

    // Pending: not counted yet, shown apart; the queue lists it.
    let pending = t.get(&hours_path, &cand).await.expect(200).body;
    let (was, now) = (year_of(&before, &on), year_of(&pending, &on));
    assert_eq!(minutes(now, "pending_minutes"), minutes(was, "pending_minutes") + 360);
    assert_eq!(minutes(now, "counted_minutes"), minutes(was, "counted_minutes"));
    let p = t.program(&coord).await;
    let queue = t.get(&format!("/api/programs/{p}/professional-learning"), &coord).await.expect(200);
    assert!(queue.body.as_array().unwrap().iter().any(|r| r["id"] == id.as_str() && r["can"]["decide"] == true));

    // Only coordinators decide, with a reason.
    let decision = format!("{path}/decision");
    let approve = json!({"decision": "approved", "reason": "Agenda, sign-in and reflection all match."});
    let director = t.token("director").await;
    let e = submitted.etag();
    t.call(Method::POST, &decision, Some(&director), Some(approve.clone()), Some(&e)).await.expect(403);
    t.call(Method::POST, &decision, Some(&cand), Some(approve.clone()), Some(&e)).await.expect(403);
    let no_reason = json!({"decision": "approved", "reason": " "});
    t.call(Method::POST, &decision, Some(&coord), Some(no_reason), Some(&e)).await.expect_field(422, "reason");
    let approved = t.call(Method::POST, &decision, Some(&coord), Some(approve), Some(&e)).await.expect(200);
    assert_eq!(approved.body["status"], "approved");
    let told = t.get("/api/me/notifications", &cand).await.expect(200).body;
    let notice = told["items"].as_array().unwrap().iter().find(|n| n["kind"] == "pl_decided").expect("told");
    assert_eq!(notice["link"], format!("/professional-learning/{}", approved.body["id"].as_str().unwrap()));
    assert!(!notice["body"].as_str().unwrap().contains("Agenda, sign-in"), "the reason stays on the record");
    assert_eq!(approved.body["decided_by"]["username"], "coordinator");
    assert_eq!(approved.body["documents"].as_array().unwrap().len(), 3);

    // The hours moved from pending to counted.
    let rep = t.token("district.rep").await;
    let after = t.get(&hours_path, &rep).await.expect(200).body;
    let now = year_of(&after, &on);
    assert_eq!(minutes(now, "counted_minutes"), minutes(was, "counted_minutes") + 360);
    assert_eq!(minutes(now, "alternative_minutes"), minutes(was, "alternative_minutes") + 360);
    assert_eq!(minutes(now, "pending_minutes"), minutes(was, "pending_minutes"));
    let line = after["lines"].as_array().unwrap().iter().find(|l| l["record_id"] == id.as_str()).unwrap();
    assert_eq!((line["source"].as_str(), line["pending"].as_bool()), (Some("alternative"), Some(false)));
    // Its evidence is closed once approved.
    attach(&t, &eid, &cand, &id, "pl_agenda").await.expect_field(409, "professional_learning_id");
    let gone = t.get(&format!("/api/programs/{p}/professional-learning"), &coord).await.expect(200);
    assert!(!gone.body.as_array().unwrap().iter().any(|r| r["id"] == id.as_str()), "decided: off the queue");

    // One submitted before PDFs were needed (the demo's) is still not approved without them.
    let old = gone.body.as_array().unwrap().iter().find(|r| r["missing_documents"] != json!([])).unwrap().clone();
    let old_path = format!("/api/professional-learning/{}/decision", old["id"].as_str().unwrap());
    let etag = format!("\"{}\"", old["version"]);
    let approve = json!({"decision": "approved", "reason": "Looks right."});
    t.call(Method::POST, &old_path, Some(&coord), Some(approve), Some(&etag)).await.expect_field(422, "documents");
}

async fn a_denied_record_is_corrected_and_submitted_again(t: TestApp) {
    let coord = t.token("coordinator").await;
    let eid = t.enrollment_of(&coord, "cand.brooks").await["id"].as_str().unwrap().to_string();
    let coach = t.token("coach.rivera").await;
    let body = json!({"title": "ACSA leadership summit", "activity_date": days_ago(3), "minutes": 480,
        "reflection": {"standards": [1], "placement_before": 1, "summary": "Vision work."}});
    let created = t.post(&format!("/api/enrollments/{eid}/professional-learning"), &coach, body).await.expect(201);
    assert_eq!(created.body["created_by"]["username"], "coach.rivera", "her coach chose it with her");
    let id = created.body["id"].as_str().unwrap().to_string();
    let path = format!("/api/professional-learning/{id}");
    for kind in ["pl_reflection", "pl_agenda", "pl_sign_in_sheet"] {
        attach(&t, &eid, &coach, &id, kind).await.expect(201);
    }
    let r = t.call(Method::POST, &format!("{path}/submit"), Some(&coach), None, Some(&created.etag())).await;
    let deny = json!({"decision": "denied", "reason": "The sign-in sheet is for another day."});
    let e = r.expect(200).etag();
    let denied =
        t.call(Method::POST, &format!("{path}/decision"), Some(&coord), Some(deny), Some(&e)).await.expect(200);
    assert_eq!(denied.body["status"], "denied");
    assert_eq!(denied.body["decision_reason"], "The sign-in sheet is for another day.");
    let cand = t.token("cand.brooks").await;
    let fixed = t.patch(&path, &cand, &denied.etag(), json!({"minutes": 420})).await.expect(200);
    let again = t.call(Method::POST, &format!("{path}/submit"), Some(&cand), None, Some(&fixed.etag())).await;
    assert_eq!(again.expect(200).body["status"], "submitted");
}

async fn bad_professional_learning_is_refused_naming_the_field(t: TestApp) {
    let coord = t.token("coordinator").await;
    let eid = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    let brooks = t.enrollment_of(&coord, "cand.brooks").await["id"].as_str().unwrap().to_string();
    let cand = t.token("cand.alvarez").await;
    let create = format!("/api/enrollments/{eid}/professional-learning");
    let ok = json!({"title": "Equity summit", "activity_date": days_ago(5), "minutes": 360});
    let with = |k: &str, v: Value| {
        let mut b = ok.clone();
        b[k] = v;
        b
    };
    let brooks_ilps = t.get(&format!("/api/enrollments/{brooks}/ilps"), &coord).await.expect(200);
    let brooks_ilp = brooks_ilps.body[0]["id"].clone();
    for (body, field) in [
        (with("minutes", json!(-30)), "minutes"),
        (with("minutes", json!(1441)), "minutes"),
        (with("title", json!(" ")), "title"),
        (with("activity_date", json!(days_ago(-30))), "activity_date"),
        (with("reflection", json!({"standards": [7]})), "standards"),
        (with("reflection", json!({"placement_before": 5})), "placement_before"),
        (with("ilp_id", brooks_ilp), "ilp_id"),
    ] {
        t.post(&create, &cand, body).await.expect_field(422, field);
    }
    assert!(t.get(&create, &cand).await.expect(200).body.as_array().unwrap().is_empty(), "nothing stored");

    // A document cannot be attached to another candidate's record.
    let b = json!({"title": "Summit", "activity_date": days_ago(5), "minutes": 60});
    let brooks_token = t.token("cand.brooks").await;
    let theirs = t.post(&format!("/api/enrollments/{brooks}/professional-learning"), &brooks_token, b).await;
    let theirs = theirs.expect(201).body["id"].as_str().unwrap().to_string();
    attach(&t, &eid, &cand, &theirs, "pl_agenda").await.expect_field(422, "professional_learning_id");
    // A professional learning takes its three PDFs, nothing else.
    let b = json!({"title": "Summit", "activity_date": days_ago(5), "minutes": 60});
    let mine = t.post(&create, &cand, b).await.expect(201).body["id"].as_str().unwrap().to_string();
    attach(&t, &eid, &cand, &mine, "job_shadow_summary").await.expect_field(422, "kind");
    let docs = t.get(&format!("/api/enrollments/{eid}/documents"), &cand).await.expect(200);
    assert!(docs.body.as_array().unwrap().iter().all(|d| d["kind"] != "pl_agenda"), "no document stored");
}

async fn the_program_table_and_its_csv(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let table = t.get(&format!("/api/programs/{p}/professional-learning-hours"), &coord).await.expect(200);
    let rows = table.body["rows"].as_array().unwrap();
    let alvarez = rows.iter().find(|r| r["candidate"]["username"] == "cand.alvarez").unwrap();
    let years = alvarez["ledger"]["years"].as_array().unwrap();
    assert!(years.iter().all(|y| y["program_event_counted_minutes"].as_u64() <= y["program_event_minutes"].as_u64()));
    assert!(years.iter().any(|y| y["program_event_minutes"].as_u64() > Some(0)), "the demo's PL days count");
    // The district representative sees only their district's candidates (not Valley's Chen).
    let rep_token = t.token("district.rep").await;
    let rep = t.get(&format!("/api/programs/{p}/professional-learning-hours"), &rep_token).await.expect(200);
    let mut names: Vec<_> =
        rep.body["rows"].as_array().unwrap().iter().map(|r| r["candidate"]["username"].clone()).collect();
    names.sort_by_key(|n| n.to_string());
    assert_eq!(names, [json!("cand.alvarez"), json!("cand.brooks"), json!("cand.evans")]);
    assert!(rows.iter().any(|r| r["candidate"]["username"] == "cand.chen"), "staff see every candidate");
    let (status, bytes, headers) = t
        .raw(
            actix_web::test::TestRequest::get()
                .uri(&format!("/api/programs/{p}/professional-learning-hours.csv"))
                .insert_header(("authorization", format!("Bearer {coord}"))),
        )
        .await;
    assert_eq!(status.as_u16(), 200);
    assert!(headers.get("content-type").unwrap().to_str().unwrap().starts_with("text/csv"));
    let csv = String::from_utf8(bytes).unwrap();
    assert!(csv.starts_with("Candidate,Username,Cohort,District,Status,Program year,PL days attended"));
    assert!(csv.contains("cand.alvarez"));
}

async fn a_job_shadow_under_four_hours_does_not_count(t: TestApp) {
    let coord = t.token("coordinator").await;
    let eid = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    let cand = t.token("cand.alvarez").await;
    let create = format!("/api/enrollments/{eid}/job-shadows-and-visits");
    let short = json!({"kind": "job_shadow", "activity_date": days_ago(7), "minutes": 180});
    let r = t.post(&create, &cand, short).await.expect_field(422, "minutes");
    assert!(r.body["errors"][0]["message"].as_str().unwrap().contains("4 hours"));
    let hours = format!("/api/enrollments/{eid}/professional-learning-hours");
    assert_eq!(t.get(&hours, &cand).await.expect(200).body["job_shadow_or_visit_done"], false);
    let coach = t.token("coach.rivera").await;
    t.post(&create, &coach, json!({"kind": "job_shadow", "activity_date": days_ago(7)})).await.expect(403);
    let shadow = json!({"kind": "job_shadow", "activity_date": days_ago(7), "minutes": 240});
    let shadow = t.post(&create, &cand, shadow).await.expect(201);
    let path = format!("/api/job-shadows-and-visits/{}", shadow.body["id"].as_str().unwrap());
    let r = t.call(Method::POST, &format!("{path}/submit"), Some(&cand), None, Some(&shadow.etag())).await;
    assert_eq!(
        r.expect(422).fields(),
        ["candidate_position", "host", "position", "why_chosen", "learned", "recommend_reason", "would_recommend"]
    );
    t.patch(&path, &cand, &shadow.etag(), json!({"minutes": 200})).await.expect_field(422, "minutes");
    let form = json!({"form": {"candidate_position": "Assistant principal", "host": "Dr. Lee, Roosevelt High",
        "position": "Principal", "why_chosen": "Master schedule work", "learned": "How she builds the schedule",
        "would_recommend": true, "recommend_reason": "Generous with her time"}});
    let filled = t.patch(&path, &cand, &shadow.etag(), form).await.expect(200);
    let done = t.call(Method::POST, &format!("{path}/submit"), Some(&cand), None, Some(&filled.etag())).await;
    let done = done.expect(200);
    assert_eq!((done.body["status"].as_str(), done.body["can"]["edit"].as_bool()), (Some("submitted"), Some(false)));
    let rep = t.token("district.rep").await;
    assert_eq!(t.get(&hours, &rep).await.expect(200).body["job_shadow_or_visit_done"], true, "the requirement is met");
    let read = t.get(&path, &coach).await.expect(200);
    assert_eq!(read.body["form"]["host"], "Dr. Lee, Roosevelt High", "her coach reads it");
    t.get(&path, &rep).await.expect(404);
    t.patch(&path, &cand, &done.etag(), json!({"minutes": 300})).await.expect_field(409, "status");

    // A full-day visit has no minimum, and its summary PDF attaches to it.
    let visit = json!({"kind": "school_visit", "activity_date": days_ago(2), "form": {"candidate_position": "AP",
        "host": "Valley Elementary (WASC)", "program_focus": "Dual immersion", "learned": "Scheduling"}});
    let visit = t.post(&create, &cand, visit).await.expect(201);
    let id = visit.body["id"].as_str().unwrap();
    let fields = [
        ("kind", "school_visit_summary"),
        ("title", "Valley visit"),
        ("activity_date", "2026-01-10"),
        ("experience_id", id),
    ];
    let file = pdf("summary");
    let form = multipart(&fields, Some(("s.pdf", file.as_slice())));
    t.send_multipart(Method::POST, &format!("/api/enrollments/{eid}/documents"), &cand, None, form).await.expect(201);
    let wrong = [
        ("kind", "job_shadow_summary"),
        ("title", "Valley visit"),
        ("activity_date", "2026-01-10"),
        ("experience_id", id),
    ];
    let form = multipart(&wrong, Some(("s.pdf", file.as_slice())));
    let r = t.send_multipart(Method::POST, &format!("/api/enrollments/{eid}/documents"), &cand, None, form).await;
    assert!(r.expect_field(422, "kind").body["detail"].as_str().unwrap().contains("school visit summary"));
    let read = t.get(&format!("/api/job-shadows-and-visits/{id}"), &cand).await.expect(200);
    assert_eq!(read.body["documents"][0]["kind"], "school_visit_summary");
    let e = read.etag();
    let r =
        t.call(Method::POST, &format!("/api/job-shadows-and-visits/{id}/submit"), Some(&cand), None, Some(&e)).await;
    assert_eq!(r.expect(200).body["status"], "submitted");
}

async fn the_application_to_practice_counts_two_hours_when_the_candidate_chooses(t: TestApp) {
    let coord = t.token("coordinator").await;
    let eid = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    let cand = t.token("cand.alvarez").await;
    let hours_path = format!("/api/enrollments/{eid}/professional-learning-hours");
    let before = t.get(&hours_path, &cand).await.expect(200).body;
    assert!(before["lines"].as_array().unwrap().iter().all(|l| l["source"] != "application_to_practice"));
    let atp = t.get(&format!("/api/enrollments/{eid}/application-to-practice"), &cand).await.expect(200);
    assert_eq!(atp.body["status"], "draft", "the demo's Application to Practice is being written");
    let path = format!("/api/applications-to-practice/{}", atp.body["id"].as_str().unwrap());
    t.patch(&path, &cand, &atp.etag(), json!({"counts_for_pl": true})).await.expect(200);
    let after = t.get(&hours_path, &cand).await.expect(200).body;
    let line = after["lines"].as_array().unwrap().iter().find(|l| l["source"] == "application_to_practice").unwrap();
    assert_eq!(
        (line["minutes"].as_u64(), line["pending"].as_bool()),
        (Some(120), Some(true)),
        "counted once submitted"
    );
    assert_eq!(
        after["ledger"]["pending_minutes"].as_u64().unwrap(),
        before["ledger"]["pending_minutes"].as_u64().unwrap() + 120
    );
}

on_both_databases!(
    the_application_to_practice_counts_two_hours_when_the_candidate_chooses,
    a_candidate_records_alternative_pl_and_a_coordinator_approves_it,
    a_denied_record_is_corrected_and_submitted_again,
    bad_professional_learning_is_refused_naming_the_field,
    the_program_table_and_its_csv,
    a_job_shadow_under_four_hours_does_not_count,
);
