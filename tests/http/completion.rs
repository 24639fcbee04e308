//! The Program Completion Verification: its items computed from the records, the two columns'
//! confirmations, the four signatures in the handbook's order, and the status it gates.

use crate::common::{multipart, pdf, TestApp};
use actix_web::http::Method;
use serde_json::{json, Value};

const TEN: [&str; 10] = [
    "ilp_action_steps",
    "fees_paid",
    "cohort_meetings",
    "coaching_hours",
    "end_of_year_assessments",
    "growth",
    "standards_in_ilps",
    "job_shadow_or_visit",
    "professional_learning",
    "employer_letter",
];

fn item<'a>(form: &'a Value, name: &str) -> &'a Value {
    form["items"].as_array().unwrap().iter().find(|i| i["item"] == name).unwrap_or_else(|| panic!("{name}"))
}

fn state(form: &Value, name: &str) -> String {
    item(form, name)["state"].as_str().unwrap().to_string()
}

struct Ctx {
    t: TestApp,
    coord: String,
    eid: String,
    path: String,
}

impl Ctx {
    async fn new(t: TestApp, candidate: &str) -> Ctx {
        let coord = t.token("coordinator").await;
        let eid = t.enrollment_of(&coord, candidate).await["id"].as_str().unwrap().to_string();
        let path = format!("/api/enrollments/{eid}/completion");
        Ctx { t, coord, eid, path }
    }

    async fn form(&self, token: &str) -> crate::common::Res {
        self.t.get(&self.path, token).await.expect(200)
    }

    async fn confirm(&self, token: &str, etag: &str, item: &str, reason: Option<&str>) -> crate::common::Res {
        let body = json!({"item": item, "reason": reason});
        self.t.call(Method::POST, &format!("{}/confirmations", self.path), Some(token), Some(body), Some(etag)).await
    }

    async fn sign(&self, token: &str, etag: &str, signer: &str) -> crate::common::Res {
        let body = json!({"signer": signer});
        self.t.call(Method::POST, &format!("{}/signatures", self.path), Some(token), Some(body), Some(etag)).await
    }

    /// The candidate's employer's letter, uploaded by the candidate.
    async fn upload_letter(&self, candidate: &str) {
        let token = self.t.token(candidate).await;
        let form = multipart(
            &[("kind", "employment_verification"), ("title", "Employer letter"), ("activity_date", "2026-06-01")],
            Some(("letter.pdf", &pdf("Two years as principal"))),
        );
        let path = format!("/api/enrollments/{}/documents", self.eid);
        self.t.send_multipart(Method::POST, &path, &token, None, form).await.expect(201);
    }
}

/// Elena Evans (the demo's finished candidate) meets every item once his employer's letter is
/// on file; both columns confirm, the four sign in order, the enrollment completes itself and
/// is then recommended.
async fn a_candidate_who_did_everything_is_confirmed_signed_and_recommended(t: TestApp) {
    let x = Ctx::new(t, "cand.evans").await;
    let form = x.form(&x.coord).await.body;
    for name in TEN.iter().filter(|n| **n != "employer_letter") {
        assert_eq!(state(&form, name), "met", "{name}: {}", item(&form, name));
    }
    let letter = item(&form, "employer_letter");
    assert_eq!(letter["state"], "not_met", "the form was due at the year-2 end-of-year meeting");
    assert_eq!(letter["missing"], json!(["no employment verification letter uploaded"]));
    assert_eq!(item(&form, "coaching_hours")["summary"], "90 h of 80 h");
    assert_eq!(
        form["items"].as_array().unwrap().len(),
        14,
        "the ten, then orientation, end-of-year meetings, ATP, reflections"
    );
    assert_eq!(
        form["growth"].as_array().unwrap().len(),
        19,
        "the coordinator reads the ending reflection element by element"
    );
    assert_eq!(form["can"], json!({"confirm": "coordinator", "sign": null}));

    x.upload_letter("cand.evans").await;
    let coord_view = x.form(&x.coord).await;
    assert_eq!(state(&coord_view.body, "employer_letter"), "met");
    let evidence = &item(&coord_view.body, "employer_letter")["evidence"][0];
    assert_eq!((evidence["kind"].as_str(), evidence["label"].as_str()), (Some("document"), Some("Employer letter")));

    // Completed waits for the signed form.
    let status = format!("/api/enrollments/{}/status", x.eid);
    let e = x.t.get(&format!("/api/enrollments/{}", x.eid), &x.coord).await.expect(200);
    x.t.call(Method::POST, &status, Some(&x.coord), Some(json!({"status": "completed"})), Some(&e.etag()))
        .await
        .expect_field(409, "status");

    // Nobody signs before both columns confirmed everything.
    let cand = x.t.token("cand.evans").await;
    let early = x.sign(&cand, &coord_view.etag(), "candidate").await.expect_field(409, "signer");
    assert!(early.body["detail"].as_str().unwrap().contains("ilp_action_steps (district_representative)"));

    let rep = x.t.token("district.rep").await;
    let mut etag = x.form(&rep).await.etag();
    for who in [&rep, &x.coord] {
        for name in TEN {
            etag = x.confirm(who, &etag, name, None).await.expect(200).etag();
        }
    }
    let confirmed = x.form(&cand).await;
    assert!(item(&confirmed.body, "fees_paid")["district_representative"]["by"]["username"] == "district.rep");
    assert_eq!(confirmed.body["can"], json!({"confirm": null, "sign": "candidate"}));

    // In the handbook's order, each as themselves.
    let coach = x.t.token("coach.rivera").await;
    x.sign(&coach, &etag, "coach").await.expect_field(409, "signer");
    x.sign(&cand, &etag, "coach").await.expect(403);
    etag = x.sign(&cand, &etag, "candidate").await.expect(200).etag();
    x.sign(&x.coord, &etag, "coordinator").await.expect_field(409, "signer");
    etag = x.sign(&coach, &etag, "coach").await.expect(200).etag();
    // Signed by anyone, the confirmations stay as they are.
    x.t.call(Method::DELETE, &format!("{}/confirmations/fees_paid", x.path), Some(&rep), None, Some(&etag))
        .await
        .expect_field(409, "signatures");
    etag = x.sign(&rep, &etag, "district_representative").await.expect(200).etag();
    let signed = x.sign(&x.coord, &etag, "coordinator").await.expect(200).body;
    assert_eq!((signed["signed"].as_bool(), signed["status"].as_str()), (Some(true), Some("completed")));
    let order: Vec<&str> =
        signed["signatures"].as_array().unwrap().iter().map(|s| s["signer"].as_str().unwrap()).collect();
    assert_eq!(order, ["candidate", "coach", "district_representative", "coordinator"]);
    assert_eq!(signed["signatures"][0]["by"]["username"], "cand.evans");

    let e = x.t.get(&format!("/api/enrollments/{}", x.eid), &x.coord).await.expect(200);
    assert_eq!(e.body["status"], "completed");
    x.t.call(Method::POST, &status, Some(&x.coord), Some(json!({"status": "recommended"})), Some(&e.etag()))
        .await
        .expect(200);

    // The trail keeps who confirmed and signed, never the records' figures.
    let p = x.t.program(&x.coord).await;
    let audit = x.t.get(&format!("/api/programs/{p}/audit?per_page=100"), &x.coord).await.expect(200).body;
    let entries: Vec<&Value> =
        audit["items"].as_array().unwrap().iter().filter(|a| a["entity"] == "completion_verification").collect();
    assert_eq!(entries.iter().filter(|a| a["action"] == "completion_verification.signed").count(), 4);
    assert_eq!(entries.iter().filter(|a| a["action"] == "completion_verification.confirmed").count(), 20);
    assert!(!entries.iter().any(|a| a.to_string().contains("90 h")), "no figures in the trail");
}

/// An item the records do not show met is confirmed only with a reason, kept with what the
/// records said; a stale version is refused.
async fn confirming_an_item_not_met_needs_a_reason(t: TestApp) {
    let x = Ctx::new(t, "cand.alvarez").await;
    let form = x.form(&x.coord).await;
    let hours = item(&form.body, "coaching_hours");
    assert_eq!(hours["state"], "not_yet_due", "year 2 is under way: {hours}");
    assert!(hours["missing"][0].as_str().unwrap().ends_with("more coaching"));
    let refused = x.confirm(&x.coord, &form.etag(), "coaching_hours", None).await.expect_field(422, "reason");
    assert!(refused.body["detail"].as_str().unwrap().contains("not_yet_due"));
    x.confirm(&x.coord, &form.etag(), "coaching_hours", Some(" ")).await.expect_field(422, "reason");
    x.confirm(&x.coord, &form.etag(), "orientation", Some("x")).await.expect_field(422, "item");
    x.confirm(&x.coord, &form.etag(), "no_such_item", None).await.expect(422);
    let after =
        x.confirm(&x.coord, &form.etag(), "coaching_hours", Some("logs kept on paper in year 1")).await.expect(200);
    let kept = &item(&after.body, "coaching_hours")["coordinator"];
    assert_eq!(
        (kept["state"].as_str(), kept["reason"].as_str()),
        (Some("not_yet_due"), Some("logs kept on paper in year 1"))
    );
    // The version read before is stale now: two people never overwrite each other.
    x.confirm(&x.coord, &form.etag(), "fees_paid", Some("x")).await.expect(412);
    // Taken back by the same column.
    let back =
        x.t.call(
            Method::DELETE,
            &format!("{}/confirmations/coaching_hours", x.path),
            Some(&x.coord),
            None,
            Some(&after.etag()),
        )
        .await
        .expect(200);
    assert!(item(&back.body, "coaching_hours")["coordinator"].is_null());
    x.t.call(
        Method::DELETE,
        &format!("{}/confirmations/coaching_hours", x.path),
        Some(&x.coord),
        None,
        Some(&back.etag()),
    )
    .await
    .expect_field(409, "item");
}

/// Items follow the records: what a candidate undoes shows at once, and once its time has
/// passed an unmet item is not met rather than not yet due.
async fn the_items_follow_the_records(t: TestApp) {
    let x = Ctx::new(t, "cand.evans").await;
    // A payment reversed leaves a balance.
    let fees = x.t.get(&format!("/api/enrollments/{}/fees", x.eid), &x.coord).await.expect(200).body;
    let payment = fees["payments"][0]["id"].as_str().unwrap();
    x.t.post(&format!("/api/payments/{payment}/reversal"), &x.coord, json!({"reason": "returned by the bank"}))
        .await
        .expect(201);
    // The ending reflection reopened: no end-of-year assessment, no growth shown.
    let terms = x.t.get(&format!("/api/enrollments/{}/reflections", x.eid), &x.coord).await.expect(200).body;
    let ending = terms.as_array().unwrap().iter().find(|r| r["term"] == "ending").unwrap()["reflection_id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = x.t.get(&format!("/api/reflections/{ending}"), &x.coord).await.expect(200);
    x.t.call(
        Method::POST,
        &format!("/api/reflections/{ending}/reopen"),
        Some(&x.coord),
        Some(json!({"reason": "evidence missing on 3B"})),
        Some(&r.etag()),
    )
    .await
    .expect(200);
    let form = x.form(&x.coord).await.body;
    for (name, missing) in [
        ("fees_paid", "left to pay"),
        ("end_of_year_assessments", "the ending reflection is not submitted"),
        ("growth", "the ending reflection is not submitted"),
        ("reflections", "the ending reflection"),
    ] {
        assert_eq!(state(&form, name), "not_met", "{name}");
        assert!(item(&form, name)["missing"][0].as_str().unwrap().contains(missing), "{name}: {}", item(&form, name));
    }
    assert!(form["growth"].as_array().unwrap().is_empty());
    for name in ["ilp_action_steps", "standards_in_ilps", "coaching_hours", "cohort_meetings", "professional_learning"]
    {
        assert_eq!(state(&form, name), "met", "{name}");
    }
}

/// The district representative sees the form of their district's candidates with the ledgers
/// as evidence, never the reflection's ratings or links to confidential records; a coach
/// reads and signs only for their own candidates.
async fn each_reader_sees_what_they_may(t: TestApp) {
    let x = Ctx::new(t, "cand.evans").await;
    let rep = x.t.token("district.rep").await;
    let form = x.form(&rep).await.body;
    assert!(form["growth"].as_array().unwrap().is_empty(), "no ratings for the district");
    assert_eq!(state(&form, "growth"), "met", "but the item's state");
    let kinds: Vec<&str> = form["items"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["evidence"].as_array().unwrap())
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"fees") && kinds.contains(&"coaching_hours"));
    for hidden in ["ilp", "reflection", "application_to_practice", "job_shadow_or_visit"] {
        assert!(!kinds.contains(&hidden), "{hidden}");
    }
    assert_eq!(form["can"], json!({"confirm": "district_representative", "sign": null}));

    let coach = x.t.token("coach.rivera").await;
    let seen = x.form(&coach).await.body;
    assert!(seen["items"].as_array().unwrap().iter().any(|i| i["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "ilp")));
    assert_eq!(seen["can"], json!({"confirm": null, "sign": null}), "not yet their turn");
    let fees = item(&seen, "fees_paid");
    assert!(fees["evidence"].as_array().unwrap().is_empty(), "coaches do not read fees");
    assert_eq!((fees["state"].as_str(), fees["summary"].as_str()), (Some("met"), Some("paid in full")));
    let alvarez = x.t.enrollment_of(&x.coord, "cand.alvarez").await;
    let owed =
        x.t.get(&format!("/api/enrollments/{}/completion", alvarez["id"].as_str().unwrap()), &coach).await.expect(200);
    let owed = item(&owed.body, "fees_paid");
    assert!(!owed.to_string().contains('$'), "no amounts for a coach: {owed}");
    assert_eq!(owed["missing"], json!(["a balance remains"]));
    let okafor = x.t.token("coach.okafor").await;
    x.t.get(&x.path, &okafor).await.expect(404);
    let other = x.t.token("cand.alvarez").await;
    x.t.get(&x.path, &other).await.expect(404);
    let director = x.t.token("director").await;
    assert_eq!(x.form(&director).await.body["can"], json!({"confirm": null, "sign": null}));
}

/// A signed form keeps its confirmations; a recommended enrollment's form no longer changes.
async fn only_an_active_enrollment_is_verified(t: TestApp) {
    let x = Ctx::new(t, "cand.evans").await;
    x.t.complete("cand.evans").await;
    let form = x.form(&x.coord).await;
    assert_eq!(form.body["can"], json!({"confirm": null, "sign": null}));
    x.confirm(&x.coord, &form.etag(), "fees_paid", Some("again")).await.expect_field(409, "signatures");
    let e = x.t.get(&format!("/api/enrollments/{}", x.eid), &x.coord).await.expect(200);
    let status = format!("/api/enrollments/{}/status", x.eid);
    x.t.call(Method::POST, &status, Some(&x.coord), Some(json!({"status": "recommended"})), Some(&e.etag()))
        .await
        .expect(200);
    x.confirm(&x.coord, &form.etag(), "fees_paid", Some("again")).await.expect_field(409, "status");
}

/// Recommended candidates go on a roster, once; its CSV is the credential office's; submitted,
/// it no longer changes and the candidate sees it on their form.
async fn the_completion_roster_goes_to_the_credential_office(t: TestApp) {
    let x = Ctx::new(t, "cand.evans").await;
    let p = x.t.program(&x.coord).await;
    let rosters = format!("/api/programs/{p}/completion-rosters");
    // Not yet recommended: refused, naming the candidate's place in the list.
    let alvarez = x.t.enrollment_of(&x.coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    x.t.post(&rosters, &x.coord, json!({"enrollment_ids": [x.eid]})).await.expect_field(422, "enrollment_ids[0]");
    x.t.post(&rosters, &x.coord, json!({"enrollment_ids": []})).await.expect_field(422, "enrollment_ids");

    x.t.complete("cand.evans").await;
    // Each party was asked to sign when their turn came, with a link to the form.
    for who in ["cand.evans", "coach.rivera", "district.rep", "coordinator"] {
        let told = x.t.get("/api/me/notifications", &x.t.token(who).await).await.expect(200).body;
        let asked: Vec<&Value> =
            told["items"].as_array().unwrap().iter().filter(|n| n["kind"] == "completion_signature_asked").collect();
        assert_eq!(asked.len(), 1, "{who}: {told}");
        assert_eq!(asked[0]["link"], format!("/enrollments/{}/completion", x.eid));
    }
    let director = x.t.get("/api/me/notifications", &x.t.token("director").await).await.expect(200).body;
    assert!(!director["items"].as_array().unwrap().iter().any(|n| n["kind"] == "completion_signature_asked"));
    let e = x.t.get(&format!("/api/enrollments/{}", x.eid), &x.coord).await.expect(200);
    let status = format!("/api/enrollments/{}/status", x.eid);
    x.t.call(Method::POST, &status, Some(&x.coord), Some(json!({"status": "recommended"})), Some(&e.etag()))
        .await
        .expect(200);
    for who in ["director", "district.rep", "coach.rivera", "cand.evans"] {
        x.t.post(&rosters, &x.t.token(who).await, json!({"enrollment_ids": [x.eid]})).await.expect(403);
    }
    let bad = x.t.post(&rosters, &x.coord, json!({"enrollment_ids": [x.eid, alvarez]})).await;
    bad.expect_field(422, "enrollment_ids[1]");
    let roster = x.t.post(&rosters, &x.coord, json!({"enrollment_ids": [x.eid]})).await.expect(201);
    let body = &roster.body;
    assert_eq!((body["status"].as_str(), body["can"]["submit"].as_bool()), (Some("draft"), Some(true)));
    assert_eq!(body["candidates"][0]["candidate"]["username"], "cand.evans");
    assert!(body["candidates"][0]["completed_on"].is_string(), "the coordinator's signature day");
    x.t.post(&rosters, &x.coord, json!({"enrollment_ids": [x.eid]})).await.expect_field(422, "enrollment_ids[0]");

    let id = body["id"].as_str().unwrap();
    let csv = x.t.get(&format!("/api/completion-rosters/{id}/roster.csv"), &x.coord).await.expect(200);
    let text = csv.body.as_str().unwrap();
    assert!(text.starts_with("Candidate,Email,Credential number,District,Cohort,Program start,Completed on"));
    assert!(text.contains("Elena Evans,cand.evans@demo.coachfolio.invalid"));

    let cand = x.t.token("cand.evans").await;
    assert!(x.form(&cand).await.body["sent_to_credential_office_at"].is_null());
    let submit = format!("/api/completion-rosters/{id}/submit");
    x.t.call(Method::POST, &submit, Some(&x.coord), None, Some("\"0\"")).await.expect(412);
    let done = x.t.call(Method::POST, &submit, Some(&x.coord), None, Some(&roster.etag())).await.expect(200);
    assert_eq!(
        (done.body["status"].as_str(), done.body["submitted_by"]["username"].as_str()),
        (Some("submitted"), Some("coordinator"))
    );
    x.t.call(Method::POST, &submit, Some(&x.coord), None, Some(&done.etag())).await.expect_field(409, "status");
    assert!(x.form(&cand).await.body["sent_to_credential_office_at"].is_string(), "the candidate is told");
    let told = x.t.get("/api/me/notifications", &cand).await.expect(200).body;
    let notice = told["items"].as_array().unwrap().iter().find(|n| n["kind"] == "roster_submitted").expect("told");
    assert_eq!(notice["link"], format!("/enrollments/{}/completion", x.eid));
    let listed = x.t.get(&rosters, &x.coord).await.expect(200).body;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    x.t.get(&rosters, &x.t.token("director").await).await.expect(403);
}

/// The district representative's home lists their district's candidates with where each stands
/// on the form; the coordinator's lists everyone; a coach or a candidate has no such list.
async fn a_program_lists_where_its_candidates_stand_on_completion(t: TestApp) {
    let x = Ctx::new(t, "cand.evans").await;
    let t = &x.t;
    let p = t.program(&x.coord).await;
    let path = format!("/api/programs/{p}/completion-status");
    let rep = t.token("district.rep").await;
    let names = |list: &Value| -> Vec<String> {
        list.as_array().unwrap().iter().map(|r| r["candidate"]["username"].as_str().unwrap().to_string()).collect()
    };
    let theirs = t.get(&path, &rep).await.expect(200).body;
    assert_eq!(names(&theirs), ["cand.evans", "cand.brooks", "cand.alvarez"], "Sierra Unified's, by name");
    let evans = &theirs[0];
    assert_eq!((evans["items_met"].as_u64(), evans["not_met"].clone()), (Some(9), json!(["employer_letter"])));
    assert_eq!((evans["confirmed_by_your_column"].as_u64(), evans["signed_by"].clone()), (Some(0), json!([])));

    // The district's column confirms an item: its count moves, the coordinator's does not.
    let form = x.form(&rep).await;
    x.confirm(&rep, &form.etag(), "coaching_hours", None).await.expect(200);
    let theirs = t.get(&path, &rep).await.expect(200).body;
    assert_eq!(theirs[0]["confirmed_by_your_column"], 1);
    let all = t.get(&path, &x.coord).await.expect(200).body;
    assert_eq!(names(&all), ["cand.evans", "cand.chen", "cand.brooks", "cand.alvarez"]);
    assert_eq!(all[0]["confirmed_by_your_column"], 0);

    for who in ["coach.rivera", "cand.evans"] {
        t.get(&path, &t.token(who).await).await.expect(403);
    }
}

on_both_databases!(
    a_program_lists_where_its_candidates_stand_on_completion,
    the_completion_roster_goes_to_the_credential_office,
    a_candidate_who_did_everything_is_confirmed_signed_and_recommended,
    confirming_an_item_not_met_needs_a_reason,
    the_items_follow_the_records,
    each_reader_sees_what_they_may,
    only_an_active_enrollment_is_verified,
);
