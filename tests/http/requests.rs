//! Requests: the five handbook forms through submitted → under review → decided → done, decided
//! by the role the handbook names; what an approval changes (coach, enrollment, fees); who
//! reads them (a complaint only the candidate and the program's staff); bad input and races
//! refused naming the field, with nothing stored.

use crate::common::{multipart, pdf, Res, TestApp};
use actix_web::http::Method;
use serde_json::{json, Value};

fn extension() -> Value {
    json!({"kind": "extension", "reason": "maternity_or_family_leave",
        "circumstances": "On leave from January to June.",
        "completion_plan": "Coaching hours from July; the missing cohort meetings in the fall."})
}

struct Ctx {
    t: TestApp,
    coord: String,
    director: String,
    eid: String,
}

impl Ctx {
    async fn new(t: TestApp, candidate: &str) -> Ctx {
        let coord = t.token("coordinator").await;
        let director = t.token("director").await;
        let eid = t.enrollment_of(&coord, candidate).await["id"].as_str().unwrap().to_string();
        Ctx { t, coord, director, eid }
    }

    async fn submit(&self, token: &str, form: Value) -> Res {
        self.t.post(&format!("/api/enrollments/{}/requests", self.eid), token, form).await
    }

    /// Takes step `step` (review, close, cancel, decision) on `r` as it was last read.
    async fn step(&self, r: &Value, step: &str, token: &str, body: Value) -> Res {
        let path = format!("/api/requests/{}/{step}", r["id"].as_str().unwrap());
        self.t.call(Method::POST, &path, Some(token), Some(body), Some(&format!("\"{}\"", r["version"]))).await
    }

    async fn fees(&self) -> Value {
        self.t.get(&format!("/api/enrollments/{}/fees", self.eid), &self.coord).await.expect(200).body
    }

    async fn enrollment(&self) -> Value {
        self.t.get(&format!("/api/enrollments/{}", self.eid), &self.coord).await.expect(200).body
    }
}

async fn an_extension_is_decided_by_the_director_and_extends_the_enrollment_and_its_fees(t: TestApp) {
    let x = Ctx::new(t, "cand.alvarez").await;
    let cand = x.t.token("cand.alvarez").await;
    let balance = x.fees().await["account"]["balance_cents"].as_i64().unwrap();
    let before = x.enrollment().await;
    assert_eq!(before["can"]["submit_request"], true, "a coordinator may file one for the candidate");

    let r = x.submit(&cand, extension()).await.expect(201).body;
    assert_eq!((r["status"].as_str(), r["decided_by_role"].as_str()), (Some("submitted"), Some("director")));
    // The director, who decides it, is asked; the coordinators are not.
    let link = format!("/requests/{}", r["id"].as_str().unwrap());
    let told = |token: String, kind: &'static str| {
        let (t, link) = (&x.t, link.clone());
        async move {
            let list = t.get("/api/me/notifications", &token).await.expect(200).body;
            list["items"].as_array().unwrap().iter().any(|n| n["kind"] == kind && n["link"] == link.as_str())
        }
    };
    assert!(told(x.director.clone(), "request_submitted").await);
    assert!(!told(x.coord.clone(), "request_submitted").await);
    assert_eq!(r["steps"][0]["by"]["username"], "cand.alvarez");
    // One open request of a kind at a time.
    x.submit(&cand, extension()).await.expect_field(409, "kind");

    // The coordinator takes it under review but may not decide it; the director decides.
    let approve = json!({"approved": true, "reason": "Leave documented; the plan is realistic."});
    x.step(&r, "decision", &x.director, approve.clone()).await.expect_field(409, "status");
    let r = x.step(&r, "review", &x.coord, json!({"note": "Meeting on Friday"})).await.expect(200).body;
    assert_eq!(r["can"]["decide"], false);
    x.step(&r, "decision", &x.coord, approve.clone()).await.expect(403);
    x.step(&r, "decision", &cand, approve.clone()).await.expect(403);
    let stale = json!({"approved": true, "reason": "x"});
    x.t.call(
        Method::POST,
        &format!("/api/requests/{}/decision", r["id"].as_str().unwrap()),
        Some(&x.director),
        Some(stale),
        Some("\"1\""),
    )
    .await
    .expect(412);
    let done = x.step(&r, "decision", &x.director, approve).await.expect(200).body;
    assert_eq!(done["status"], "approved");
    assert!(told(cand.clone(), "request_decided").await, "the candidate is told");
    assert_eq!(done["decision"]["reason"], "Leave documented; the plan is realistic.");
    let steps: Vec<&str> = done["steps"].as_array().unwrap().iter().map(|s| s["status"].as_str().unwrap()).collect();
    assert_eq!(steps, ["submitted", "under_review", "approved"]);
    assert_eq!(done["steps"][1]["note"], "Meeting on Friday");

    let after = x.enrollment().await;
    assert_eq!(after["status"], "extended");
    assert_eq!(after["program_years"].as_u64(), before["program_years"].as_u64().map(|y| y + 1));
    let fees = x.fees().await;
    assert_eq!(fees["account"]["balance_cents"].as_i64().unwrap(), balance + 350_000);
    let added: Vec<&Value> =
        fees["account"]["installments"].as_array().unwrap().iter().filter(|i| i["kind"] == "extension_fee").collect();
    assert_eq!(added.len(), 1);
    assert_eq!((added[0]["payer"].as_str(), added[0]["year"].as_u64()), (Some("candidate"), Some(3)));
    // Her agency pays the program fee; the extension is hers.
    let shares: Vec<(&str, i64)> = fees["account"]["by_payer"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["payer"].as_str().unwrap(), b["balance_cents"].as_i64().unwrap()))
        .collect();
    assert_eq!(shares, [("agency", balance), ("candidate", 350_000)]);

    // Closed as done; then another extension (a year at a time) may be asked for.
    x.step(&done, "close", &cand, json!({})).await.expect(403);
    let closed = x.step(&done, "close", &x.coord, json!({"note": "Letter sent"})).await.expect(200).body;
    assert_eq!(closed["status"], "done");
    assert!(told(cand.clone(), "request_closed").await);
    x.step(&closed, "close", &x.coord, json!({})).await.expect_field(409, "status");
    x.submit(&cand, extension()).await.expect(201);
}

async fn a_change_of_coach_ends_the_assignment_and_starts_the_new_one(t: TestApp) {
    let x = Ctx::new(t, "cand.brooks").await;
    let cand = x.t.token("cand.brooks").await;
    let form = json!({"kind": "change_of_coach", "contacted_coordinator_on": "2026-10-01",
        "met_with_coach_on": "2026-10-15", "concerns": "Sessions are cancelled week after week."});
    let r = x.submit(&cand, form).await.expect(201).body;
    // The coach it is about never reads it.
    let rivera = x.t.token("coach.rivera").await;
    x.t.get(&format!("/api/requests/{}", r["id"].as_str().unwrap()), &rivera).await.expect(404);
    let listed = x.t.get(&format!("/api/enrollments/{}/requests", x.eid), &rivera).await.expect(200).body;
    let kinds: Vec<&str> = listed.as_array().unwrap().iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["doctoral_waiver"], "the coach reads the waiver, not the request about them");

    let r = x.step(&r, "review", &x.coord, json!({})).await.expect(200).body;
    let okafor = x.t.user_id("coach.okafor").await;
    let approve = |coach: &str, from: &str| json!({"approved": true, "reason": "Concerns unresolved after the meeting.", "new_coach_id": coach, "effective_on": from});
    let missing = json!({"approved": true, "reason": "x"});
    let res = x.step(&r, "decision", &x.coord, missing).await.expect(422);
    assert_eq!(res.fields(), ["new_coach_id", "effective_on"]);
    let rivera_id = x.t.user_id("coach.rivera").await;
    x.step(&r, "decision", &x.coord, approve(&rivera_id, "2026-11-01")).await.expect_field(422, "new_coach_id");
    let candidate = x.t.user_id("cand.alvarez").await;
    x.step(&r, "decision", &x.coord, approve(&candidate, "2026-11-01")).await.expect_field(422, "new_coach_id");
    x.step(&r, "decision", &x.coord, approve(&okafor, "2000-01-01")).await.expect_field(422, "effective_on");
    // Nothing of the refused attempts stayed.
    let history = x.t.get(&format!("/api/enrollments/{}/coach-assignments", x.eid), &x.coord).await.expect(200).body;
    assert_eq!(history.as_array().unwrap().len(), 1);

    let done = x.step(&r, "decision", &x.coord, approve(&okafor, "2026-11-01")).await.expect(200).body;
    assert_eq!(done["decision"]["new_coach_id"], okafor.as_str());
    let history = x.t.get(&format!("/api/enrollments/{}/coach-assignments", x.eid), &x.coord).await.expect(200).body;
    let rows = history.as_array().unwrap();
    let ended = rows.iter().find(|a| a["coach"]["username"] == "coach.rivera").unwrap();
    let started = rows.iter().find(|a| a["coach"]["username"] == "coach.okafor").unwrap();
    assert_eq!((ended["end_date"].as_str(), ended["active"].as_bool()), (Some("2026-10-31"), Some(false)));
    assert_eq!((started["start_date"].as_str(), started["active"].as_bool()), (Some("2026-11-01"), Some(true)));
    assert_eq!(x.enrollment().await["current_coach"]["username"], "coach.okafor");
}

async fn a_withdrawal_ends_the_enrollment_drops_later_installments_and_may_charge_its_fee(t: TestApp) {
    let x = Ctx::new(t, "cand.chen").await;
    let cand = x.t.token("cand.chen").await;
    let total = x.fees().await["account"]["total_cents"].as_i64().unwrap();
    let form = json!({"kind": "withdrawal", "description": "Leaving administration.", "last_day": "2026-12-31"});
    let r = x.submit(&cand, form).await.expect(201).body;
    let r = x.step(&r, "review", &x.director, json!({})).await.expect(200).body;
    let bad = json!({"approved": true, "reason": "ok", "effective_on": "2026-12-31", "new_coach_id": x.t.user_id("coach.okafor").await});
    x.step(&r, "decision", &x.coord, bad).await.expect_field(422, "new_coach_id");
    let approve = json!({"approved": true, "reason": "Withdrawal confirmed.", "effective_on": "2026-10-15", "charge_withdrawal_fee": true});
    x.step(&r, "decision", &x.coord, approve).await.expect(200);
    let e = x.enrollment().await;
    assert_eq!((e["status"].as_str(), e["withdrawn_on"].as_str()), (Some("withdrawn"), Some("2026-10-15")));
    assert!(e["current_coach"].is_null(), "the coaching ends with the enrollment");
    let fees = x.fees().await;
    let lines = fees["account"]["installments"].as_array().unwrap();
    assert!(lines.iter().all(|i| i["due_on"].as_str().unwrap() <= "2026-10-15"), "nothing due after the last day");
    let kept: i64 =
        lines.iter().filter(|i| i["kind"] == "program_fee").map(|i| i["amount_cents"].as_i64().unwrap()).sum();
    assert!(kept < total);
    assert_eq!(fees["account"]["total_cents"].as_i64().unwrap(), kept + 350_000, "with the withdrawal fee");
    // A withdrawn candidate asks nothing more but may still complain.
    x.submit(&cand, extension()).await.expect_field(409, "kind");
    let complaint =
        json!({"kind": "complaint", "incident_on": "2026-12-01", "description": "The fee was not explained."});
    x.submit(&cand, complaint).await.expect(201);
}

async fn a_complaint_is_read_only_by_the_candidate_and_the_program_staff(t: TestApp) {
    let x = Ctx::new(t, "cand.alvarez").await;
    let cand = x.t.token("cand.alvarez").await;
    let form = json!({"kind": "complaint", "incident_on": "2026-11-20", "description": "My coach shared my ILP with my principal."});
    let r = x.submit(&cand, form).await.expect(201).body;
    let path = format!("/api/requests/{}", r["id"].as_str().unwrap());
    x.t.get(&path, &x.coord).await.expect(200);
    x.t.get(&path, &x.director).await.expect(200);
    for who in ["coach.rivera", "coach.okafor", "district.rep", "admin", "cand.brooks"] {
        let token = x.t.token(who).await;
        x.t.get(&path, &token).await.expect(404);
        x.t.get(&format!("{path}/comments"), &token).await.expect(404);
    }
    // Its attachment is read as the complaint, though a request form is otherwise paperwork
    // the district representative reads.
    let rid = r["id"].as_str().unwrap();
    let form = multipart(
        &[("kind", "request_form"), ("title", "Complaint form"), ("activity_date", "2026-11-21"), ("request_id", rid)],
        Some(("complaint.pdf", &pdf("complaint"))),
    );
    let uploads = format!("/api/enrollments/{}/documents", x.eid);
    let up = x.t.send_multipart(Method::POST, &uploads, &cand, None, form).await.expect(201);
    // The coach, who does not read the complaint, attaches nothing to it.
    let coach = x.t.token("coach.rivera").await;
    let theirs = multipart(
        &[("kind", "other"), ("title", "Notes"), ("activity_date", "2026-11-21"), ("request_id", rid)],
        Some(("notes.pdf", &pdf("notes"))),
    );
    x.t.send_multipart(Method::POST, &uploads, &coach, None, theirs).await.expect_field(422, "request_id");
    let doc = format!("/api/documents/{}", up.body["id"].as_str().unwrap());
    for who in ["district.rep", "coach.rivera", "admin"] {
        let token = x.t.token(who).await;
        x.t.get(&doc, &token).await.expect(404);
        let listed = x.t.get(&format!("/api/enrollments/{}/documents", x.eid), &token).await;
        if listed.status == 200 {
            assert!(!listed.body.as_array().unwrap().iter().any(|d| d["request_id"] == rid), "{who} lists it");
        }
    }
    assert_eq!(x.t.get(&path, &cand).await.expect(200).body["documents"][0]["title"], "Complaint form");

    // Decided with the meeting and the plan of action, either way.
    let r = x.step(&r, "review", &x.coord, json!({})).await.expect(200).body;
    let res = x.step(&r, "decision", &x.coord, json!({"approved": false, "reason": "Not upheld"})).await.expect(422);
    assert_eq!(res.fields(), ["meeting_on", "plan_of_action"]);
    let resolved = json!({"approved": true, "reason": "Upheld", "meeting_on": "2026-11-25",
        "plan_of_action": "The coach and candidate agree what is shared, in writing."});
    let done = x.step(&r, "decision", &x.coord, resolved).await.expect(200).body;
    assert_eq!(done["decision"]["plan_of_action"], "The coach and candidate agree what is shared, in writing.");

    // Comments: the candidate and staff.
    let comments = format!("{path}/comments");
    x.t.post(&comments, &cand, json!({"body": "Thank you."})).await.expect(201);
    x.t.post(&comments, &x.coord, json!({"body": " "})).await.expect_field(422, "body");
    let all = x.t.get(&comments, &x.director).await.expect(200).body;
    assert_eq!(all[0]["body"], "Thank you.");
}

async fn the_coach_reads_the_plans_they_help_with_and_a_waiver_waives_what_was_asked_off_the_pl_requirement(
    t: TestApp,
) {
    let x = Ctx::new(t, "cand.brooks").await;
    let cand = x.t.token("cand.brooks").await;
    // The demo's waiver (human resources, finance and budget) is under review: a second waits.
    let form = json!({"kind": "doctoral_waiver", "degree": "edd", "field": "Educational Leadership",
        "institution": "Fresno State", "conferred_on": "2024-05-20", "topics": ["human_resources"]});
    x.submit(&cand, form).await.expect_field(409, "kind");
    let all = x.t.get(&format!("/api/enrollments/{}/requests", x.eid), &cand).await.expect(200).body;
    let r = all.as_array().unwrap().iter().find(|r| r["kind"] == "doctoral_waiver").unwrap().clone();
    assert_eq!(r["steps"][1]["note"], "Transcript and course catalogue received");
    let coach = x.t.token("coach.rivera").await;
    let read = x.t.get(&format!("/api/requests/{}", r["id"].as_str().unwrap()), &coach).await.expect(200).body;
    assert_eq!(
        read["can"],
        json!({"review": false, "decide": false, "close": false, "cancel": false, "comment": true, "attach": false})
    );
    x.step(&r, "review", &x.coord, json!({})).await.expect_field(409, "status");
    let hr = json!({"topic": "human_resources", "activity": "PL Day 2: Human Resources", "year": 1, "minutes": 360});
    let waive = |topics: Value, pl: Value| json!({"approved": true, "reason": "Transcript reviewed.", "waived_topics": topics, "waived_pl": pl});
    x.step(&r, "decision", &x.coord, waive(json!(["human_resources"]), json!([hr]))).await.expect(403);
    x.step(&r, "decision", &x.director, waive(json!(["legal_and_ethical_issues"]), json!([hr])))
        .await
        .expect_field(422, "waived_topics");
    // An approval names the activities and hours waived: none, one in year 3, or a whole year.
    x.step(&r, "decision", &x.director, waive(json!(["human_resources"]), json!([])))
        .await
        .expect_field(422, "waived_pl");
    let year_3 = json!([{"topic": "human_resources", "activity": "PL Day 2", "year": 3, "minutes": 360}]);
    x.step(&r, "decision", &x.director, waive(json!(["human_resources"]), year_3))
        .await
        .expect_field(422, "waived_pl[0].year");
    let too_much = json!([{"topic": "human_resources", "activity": "Every PL day", "year": 1, "minutes": 1260}]);
    x.step(&r, "decision", &x.director, waive(json!(["human_resources"]), too_much))
        .await
        .expect_field(422, "waived_pl");
    let pl_path = format!("/api/enrollments/{}/professional-learning-hours", x.eid);
    let before = x.t.get(&pl_path, &cand).await.expect(200).body["ledger"].clone();
    assert_eq!((before["total_required_minutes"].as_u64(), before["waived_minutes"].as_u64()), (Some(2400), Some(0)));
    let done =
        x.step(&r, "decision", &x.director, waive(json!(["human_resources"]), json!([hr]))).await.expect(200).body;
    assert_eq!(done["decision"]["waived_topics"], json!(["human_resources"]));
    assert_eq!(done["decision"]["waived_pl"], json!([hr]));
    // The requirement follows: six hours off year 1 and off the total, on every view of it.
    let after = x.t.get(&pl_path, &cand).await.expect(200).body["ledger"].clone();
    assert_eq!(after["total_required_minutes"], 2040);
    assert_eq!(
        (after["years"][0]["waived_minutes"].as_u64(), after["years"][0]["required_minutes"].as_u64()),
        (Some(360), Some(840))
    );
    assert_eq!(after["years"][1]["required_minutes"], 1200);
    assert_eq!(after["waived"], json!([hr]));
    assert_eq!(
        after["remaining_minutes"].as_u64().unwrap(),
        before["remaining_minutes"].as_u64().unwrap().saturating_sub(360)
    );
    let completion = x.t.get(&format!("/api/enrollments/{}/completion", x.eid), &x.coord).await.expect(200).body;
    let item = completion["items"].as_array().unwrap().iter().find(|i| i["item"] == "professional_learning").unwrap();
    assert!(item["summary"].as_str().unwrap().ends_with("of 34 h"), "{item}");
}

async fn bad_requests_are_refused_naming_the_field_and_store_nothing(t: TestApp) {
    let x = Ctx::new(t, "cand.alvarez").await;
    let cand = x.t.token("cand.alvarez").await;
    let with = |k: &str, v: Value| {
        let mut b = extension();
        b[k] = v;
        b
    };
    for (body, field) in [
        (with("completion_plan", json!(" ")), "completion_plan"),
        (with("reason", json!("bored")), "reason"),
        (with("kind", json!("sabbatical")), "kind"),
        (with("colour", json!("red")), "colour"),
        (json!({"kind": "complaint", "incident_on": "2999-01-01", "description": "x"}), "incident_on"),
        (json!({"kind": "complaint", "incident_on": "", "description": "x"}), "incident_on"),
        (
            json!({"kind": "doctoral_waiver", "degree": "md", "field": "x", "institution": "y", "conferred_on": "2020-01-01", "topics": []}),
            "degree",
        ),
        (
            json!({"kind": "doctoral_waiver", "degree": "phd", "field": "x", "institution": "y", "conferred_on": "2020-01-01", "topics": []}),
            "topics",
        ),
    ] {
        x.submit(&cand, body).await.expect_field(422, field);
    }
    // The coach, the district and the administrator submit none; another program's staff
    // does not see the enrollment.
    for who in ["coach.rivera", "district.rep", "director"] {
        let token = x.t.token(who).await;
        x.submit(&token, extension()).await.expect(403);
    }
    let list = x.t.get(&format!("/api/enrollments/{}/requests", x.eid), &cand).await.expect(200).body;
    assert_eq!(list.as_array().unwrap().len(), 0, "nothing stored");

    // A completed enrollment is not extended.
    assert_eq!(x.t.complete("cand.alvarez").await["status"], "completed");
    x.submit(&cand, extension()).await.expect_field(409, "kind");

    // A cancelled request frees its kind; a cancelled one is not decided.
    let complaint = json!({"kind": "complaint", "incident_on": "2026-11-20", "description": "x"});
    let r = x.submit(&cand, complaint.clone()).await.expect(201).body;
    x.step(&r, "cancel", &x.coord, json!({})).await.expect(403);
    let cancelled = x.step(&r, "cancel", &cand, json!({"note": "Resolved by talking"})).await.expect(200).body;
    assert_eq!(cancelled["status"], "cancelled");
    x.step(&cancelled, "review", &x.coord, json!({})).await.expect_field(409, "status");
    x.submit(&cand, complaint).await.expect(201);
}

on_both_databases!(
    an_extension_is_decided_by_the_director_and_extends_the_enrollment_and_its_fees,
    a_change_of_coach_ends_the_assignment_and_starts_the_new_one,
    a_withdrawal_ends_the_enrollment_drops_later_installments_and_may_charge_its_fee,
    a_complaint_is_read_only_by_the_candidate_and_the_program_staff,
    the_coach_reads_the_plans_they_help_with_and_a_waiver_waives_what_was_asked_off_the_pl_requirement,
    bad_requests_are_refused_naming_the_field_and_store_nothing,
);
