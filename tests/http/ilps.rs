//! Individual Leadership Plans: written together, put into action, completed; every rule names
//! its field; the handbook's five examples are kept exactly; comments; coverage.

use crate::common::{Res, TestApp};
use actix_web::http::Method;
use serde_json::{json, Value};

async fn post_if(t: &TestApp, path: &str, token: &str, etag: &str, body: Value) -> Res {
    t.call(Method::POST, path, Some(token), Some(body), Some(etag)).await
}

/// Sofia Alvarez's enrollment, and tokens: coordinator, her coach, her.
async fn setup(t: &TestApp) -> (String, String, String, String) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    (e["id"].as_str().unwrap().to_string(), coord, t.token("coach.rivera").await, t.token("cand.alvarez").await)
}

fn step(text: &str, status: &str) -> Value {
    json!({"id": uuid::Uuid::new_v4(), "step": text, "people_involved": "Grade-level chairs",
        "resources": "Master schedule", "due_date": null, "status": status, "summary_of_learning": ""})
}

async fn a_plan_is_written_together_put_into_action_and_completed(t: TestApp) {
    let (e, coord, coach, cand) = setup(&t).await;
    let list = format!("/api/enrollments/{e}/ilps");
    // The candidate starts it; the form saves as she types.
    let d = t.post(&list, &cand, json!({"focus": "PLC culture"})).await.expect(201);
    assert_eq!((d.body["status"].as_str(), d.body["program_year"].as_i64()), (Some("draft"), Some(2)));
    assert_eq!(
        d.body["can"],
        json!({"edit": true, "activate": true, "complete": false, "discard": true, "comment": true})
    );
    let path = format!("/api/ilps/{}", d.body["id"].as_str().unwrap());
    // Her coach writes the goal with her: a draft keeps a revision when the other writer takes over.
    let v2 = t.patch(&path, &coach, &d.etag(), json!({"smart_goal": "Weekly PLC time by June"})).await.expect(200);
    assert_eq!(v2.body["updated_by"]["username"], "coach.rivera");
    let revs = t.get(&format!("{path}/revisions"), &cand).await.expect(200);
    assert_eq!(revs.body[0]["by"]["username"], "coach.rivera");
    assert_eq!(revs.body[0]["changed_fields"], json!(["smart_goal"]));
    assert_eq!(revs.body[0]["before"]["smart_goal"], "");
    // Into action: it needs its standards and a step, and says so.
    let r = post_if(&t, &format!("{path}/status"), &cand, &v2.etag(), json!({"status": "active"})).await;
    let fields = r.expect(422).fields();
    assert_eq!(fields, ["standards", "steps"]);
    let first = step("Meet the grade-level chairs", "in_progress");
    let body =
        json!({"standards": [2], "elements": ["2b"], "steps": [first, step("Schedule PLC time", "in_progress")]});
    let v3 = t.patch(&path, &cand, &v2.etag(), body).await.expect(200);
    assert_eq!(v3.body["elements"], json!(["2B"]));
    let active = post_if(&t, &format!("{path}/status"), &cand, &v3.etag(), json!({"status": "active"})).await;
    let active = active.expect(200);
    assert!(active.body["activated_at"].is_string());
    // Completing needs every step attained, the reflection, and whether PL helped.
    let r = post_if(&t, &format!("{path}/status"), &coach, &active.etag(), json!({"status": "completed"})).await;
    assert_eq!(r.expect(422).fields(), ["steps[0].status", "steps[1].status", "reflective_summary", "pl_helped"]);
    let mut steps = active.body["steps"].clone();
    for s in steps.as_array_mut().unwrap() {
        s["status"] = json!("attained");
    }
    let done = json!({"steps": steps, "reflective_summary": "Moved from 1 to 2 on 2B", "pl_helped": false});
    let v5 = t.patch(&path, &cand, &active.etag(), done).await.expect(200);
    let completed =
        post_if(&t, &format!("{path}/status"), &cand, &v5.etag(), json!({"status": "completed"})).await.expect(200);
    assert_eq!(completed.body["status"], "completed");
    assert_eq!(completed.body["can"]["edit"], false, "a completed plan is reopened before it changes");
    t.patch(&path, &cand, &completed.etag(), json!({"focus": "x"})).await.expect_field(409, "status");
    // The coordinator reads it, comments, but does not write it.
    let read = t.get(&path, &coord).await.expect(200);
    assert_eq!(
        read.body["can"],
        json!({"edit": false, "activate": false, "complete": false, "discard": false, "comment": true})
    );
    t.patch(&path, &coord, &completed.etag(), json!({"focus": "x"})).await.expect(403);
    let reopened =
        post_if(&t, &format!("{path}/status"), &cand, &completed.etag(), json!({"status": "active"})).await.expect(200);
    assert_eq!(reopened.body["status"], "active");
}

async fn every_rule_names_its_field_and_nothing_is_stored(t: TestApp) {
    let (e, _, _, cand) = setup(&t).await;
    let list = format!("/api/enrollments/{e}/ilps");
    let before = t.get(&list, &cand).await.expect(200).body.as_array().unwrap().len();
    let mut late = step("A step", "in_progress");
    late["due_date"] = json!("2040-01-01");
    let mut early = step("Another", "in_progress");
    early["due_date"] = json!("2001-01-01");
    for (body, field) in [
        (json!({"standards": [7]}), "standards"),
        (json!({"standards": [2, 2]}), "standards"),
        (json!({"standards": [2], "elements": ["9Z"]}), "elements"),
        (json!({"standards": [2], "elements": ["3A"]}), "elements"),
        (json!({"steps": [step("ok", "in_progress"), early]}), "steps[1].due_date"),
        (json!({"program_year": 9}), "program_year"),
        (json!({"focus": "x".repeat(20_001)}), "focus"),
    ] {
        t.post(&list, &cand, body).await.expect_field(422, field);
    }
    let bad_status = json!({"steps": [{"id": uuid::Uuid::new_v4(), "step": "", "people_involved": "",
        "resources": "", "due_date": null, "status": "done", "summary_of_learning": ""}]});
    t.post(&list, &cand, bad_status).await.expect_field(422, "steps[0].status");
    t.post(&list, &cand, json!({"bogus": 1})).await.expect(422);
    assert_eq!(t.get(&list, &cand).await.expect(200).body.as_array().unwrap().len(), before, "nothing stored");
    // A step due after the program ends is kept, and the plan says which one it is.
    let kept = t.post(&list, &cand, json!({"steps": [step("ok", "in_progress"), late.clone()]})).await.expect(201);
    assert_eq!(kept.body["steps_due_after_end"], json!([late["id"]]));
}

async fn a_stale_write_gets_412_and_a_draft_can_be_discarded(t: TestApp) {
    let (e, _, coach, cand) = setup(&t).await;
    let d = t.post(&format!("/api/enrollments/{e}/ilps"), &cand, json!({"focus": "v1"})).await.expect(201);
    let path = format!("/api/ilps/{}", d.body["id"].as_str().unwrap());
    let v2 = t.patch(&path, &coach, &d.etag(), json!({"focus": "the coach's tab"})).await.expect(200);
    let stale = t.patch(&path, &cand, &d.etag(), json!({"focus": "the candidate's tab"})).await.expect(412);
    assert_eq!(stale.body["current"]["focus"], "the coach's tab");
    assert_eq!(stale.etag(), v2.etag());
    t.call(Method::PATCH, &path, Some(&cand), Some(json!({"focus": "x"})), None).await.expect(428);
    t.call(Method::DELETE, &path, Some(&cand), None, Some(&v2.etag())).await.expect(204);
    t.get(&path, &cand).await.expect(404);
}

async fn comments_on_the_plan_and_on_a_step(t: TestApp) {
    let (e, coord, coach, cand) = setup(&t).await;
    let plans = t.get(&format!("/api/enrollments/{e}/ilps"), &coach).await.expect(200);
    let plan = &plans.body[0];
    let path = format!("/api/ilps/{}/comments", plan["id"].as_str().unwrap());
    let step_id = plan["steps"][1]["id"].as_str().unwrap();
    let c = t.post(&path, &coach, json!({"step_id": step_id, "body": "Who owns the music schedule?"})).await;
    assert_eq!(c.expect(201).body["author"]["username"], "coach.rivera");
    t.post(&path, &cand, json!({"body": "Thanks, I will ask the principal."})).await.expect(201);
    t.post(&path, &coord, json!({"body": "Good plan."})).await.expect(201);
    t.post(&path, &coach, json!({"step_id": uuid::Uuid::new_v4(), "body": "?"})).await.expect_field(422, "step_id");
    t.post(&path, &coach, json!({"body": "  "})).await.expect_field(422, "body");
    let all = t.get(&path, &cand).await.expect(200);
    let bodies: Vec<_> = all.body.as_array().unwrap().iter().map(|c| c["step_id"].as_str().is_some()).collect();
    assert_eq!(bodies, [true, false, false], "oldest first, the first on a step");
    // District representatives and other coaches see neither plans nor comments.
    t.get(&path, &t.token("district.rep").await).await.expect(403);
    t.get(&path, &t.token("coach.okafor").await).await.expect(404);
}

async fn coverage_counts_the_standards_of_plans_in_action(t: TestApp) {
    let (e, _, _, cand) = setup(&t).await;
    let coverage = format!("/api/enrollments/{e}/ilp-coverage");
    let c = t.get(&coverage, &cand).await.expect(200);
    assert_eq!((c.body["addressed"].clone(), c.body["all_standards_addressed"].clone()), (json!([2]), json!(false)));
    let plan = json!({"standards": [1, 3, 4, 5, 6], "focus": "Safety", "smart_goal": "Drills monthly",
        "steps": [step("Walk the campus", "attained")]});
    let d = t.post(&format!("/api/enrollments/{e}/ilps"), &cand, plan.clone()).await.expect(201);
    assert_eq!(t.get(&coverage, &cand).await.body["missing"], json!([1, 3, 4, 5, 6]), "a draft does not count");
    let path = format!("/api/ilps/{}/status", d.body["id"].as_str().unwrap());
    post_if(&t, &path, &cand, &d.etag(), json!({"status": "active"})).await.expect(200);
    let c = t.get(&coverage, &t.token("district.rep").await).await.expect(200);
    assert_eq!(c.body["missing"], json!([]));
    assert_eq!(c.body["all_standards_addressed"], true);
    assert_eq!((c.body["steps"].as_u64(), c.body["steps_attained"].as_u64()), (Some(3), Some(2)));
    assert!(c.body.get("focus").is_none() && !c.body.to_string().contains("Safety"), "no plan text");
}

/// The handbook's five ILP examples (tests/fixtures/ilp_examples.json, transcribed from its
/// "ILP Example" pages): each is stored, put into action and completed as written, and reads
/// back exactly.
async fn the_handbooks_five_examples_are_kept_exactly(t: TestApp) {
    let admin = t.token("admin").await;
    let (program, _, district) = t.other_program().await;
    let cohort = t
        .post(
            &format!("/api/programs/{program}/cohorts"),
            &admin,
            json!({"label": "Cohort 2015", "start_date": "2015-09-01", "program_years": 3}),
        )
        .await
        .expect(201);
    let tim = t.new_account(&admin, "tim.stallings").await;
    let e = t
        .post(
            &format!("/api/programs/{program}/enrollments"),
            &admin,
            json!({"candidate_id": tim, "cohort_id": cohort.body["id"], "district_id": district,
                "start_date": "2015-09-01", "position": "assistant_principal", "employment": "full_time",
                "cost_structure": "program_provides_coach"}),
        )
        .await
        .expect(201);
    let tim = t.first_password("tim.stallings").await;
    let examples: Vec<Value> = serde_json::from_str(include_str!("fixtures/ilp_examples.json")).unwrap();
    assert_eq!(examples.len(), 5);
    for ex in &examples {
        let created: String = ex["created_on"].as_str().unwrap().into();
        let year = if created.as_str() < "2016-09-01" {
            1
        } else if created.as_str() < "2017-09-01" {
            2
        } else {
            3
        };
        let mut steps = ex["steps"].clone();
        for s in steps.as_array_mut().unwrap() {
            s["id"] = json!(uuid::Uuid::new_v4());
        }
        let body = json!({"program_year": year, "standards": ex["standards"], "focus": ex["focus"],
            "smart_goal": ex["smart_goal"], "steps": steps, "pl_helped": ex["pl_helped"],
            "pl_explanation": ex["pl_explanation"], "reflective_summary": ex["reflective_summary"]});
        let d = t.post(&format!("/api/enrollments/{}/ilps", e.body["id"].as_str().unwrap()), &tim, body.clone()).await;
        let d = d.expect(201);
        let status = format!("/api/ilps/{}/status", d.body["id"].as_str().unwrap());
        let a = post_if(&t, &status, &tim, &d.etag(), json!({"status": "active"})).await.expect(200);
        let all_attained = ex["steps"].as_array().unwrap().iter().all(|s| s["status"] == "attained");
        let last = if all_attained {
            post_if(&t, &status, &tim, &a.etag(), json!({"status": "completed"})).await.expect(200)
        } else {
            a
        };
        for field in ["program_year", "standards", "focus", "smart_goal", "steps", "pl_helped", "pl_explanation"] {
            assert_eq!(last.body[field], body[field], "{}: {field}", ex["title"]);
        }
        assert_eq!(last.body["reflective_summary"], body["reflective_summary"], "{}", ex["title"]);
    }
}

/// The form's "date created": the day the plan is started, changed to the day a plan from paper
/// was written, never ahead of today.
async fn a_plan_keeps_the_date_it_was_written(t: TestApp) {
    let (e, _, _, cand) = setup(&t).await;
    let today = coachfolio_domain::time_zone::date_in("America/Los_Angeles", time::OffsetDateTime::now_utc());
    let d = t.post(&format!("/api/enrollments/{e}/ilps"), &cand, json!({"focus": "From paper"})).await.expect(201);
    assert_eq!(d.body["date_created"], today.to_string());
    let path = format!("/api/ilps/{}", d.body["id"].as_str().unwrap());
    let tomorrow = today.next_day().unwrap();
    t.patch(&path, &cand, &d.etag(), json!({"date_created": tomorrow.to_string()}))
        .await
        .expect_field(422, "date_created");
    let written = today - time::Duration::days(40);
    // The refusal stored nothing: the same version takes the right day.
    let v = t.patch(&path, &cand, &d.etag(), json!({"date_created": written.to_string()})).await.expect(200);
    assert_eq!(v.body["date_created"], written.to_string());
    assert_eq!(t.get(&path, &cand).await.expect(200).body["date_created"], written.to_string());
}

on_both_databases!(
    a_plan_keeps_the_date_it_was_written,
    a_plan_is_written_together_put_into_action_and_completed,
    every_rule_names_its_field_and_nothing_is_stored,
    a_stale_write_gets_412_and_a_draft_can_be_discarded,
    comments_on_the_plan_and_on_a_step,
    coverage_counts_the_standards_of_plans_in_action,
    the_handbooks_five_examples_are_kept_exactly,
);
