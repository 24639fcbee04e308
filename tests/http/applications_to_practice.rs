//! The Application to Practice: built on the submitted interim reflection, written by the
//! candidate, submitted complete.

use crate::common::{Res, TestApp};
use actix_web::http::Method;
use serde_json::{json, Value};

async fn post_if(t: &TestApp, path: &str, token: &str, etag: &str) -> Res {
    t.call(Method::POST, path, Some(token), Some(json!({})), Some(etag)).await
}

fn picks(elements: [&str; 5]) -> Value {
    json!(elements.map(|e| json!({"element": e, "reason": format!("Why {e}")})))
}

async fn it_is_built_on_the_interim_written_and_submitted(t: TestApp) {
    let coord = t.token("coordinator").await;
    let chen = t.enrollment_of(&coord, "cand.chen").await;
    let r = t
        .post(
            &format!("/api/enrollments/{}/application-to-practice", chen["id"].as_str().unwrap()),
            &t.token("cand.chen").await,
            json!({}),
        )
        .await;
    r.expect_field(409, "interim_reflection");

    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let e = e["id"].as_str().unwrap();
    let (cand, coach) = (t.token("cand.alvarez").await, t.token("coach.rivera").await);
    let path = format!("/api/enrollments/{e}/application-to-practice");
    t.post(&path, &cand, json!({})).await.expect_field(409, "enrollment_id");
    let atp = t.get(&path, &coach).await.expect(200);
    assert_eq!(atp.body["can"], json!({"edit": false, "submit": false, "comment": true}), "the coach reads");
    let atp = t.get(&path, &cand).await.expect(200);
    assert_eq!(atp.body["status"], "draft");
    let one = format!("/api/applications-to-practice/{}", atp.body["id"].as_str().unwrap());
    for (body, field) in [
        (json!({"most_growth": [{"element": "7A", "reason": "x"}]}), "most_growth[0].element"),
        (json!({"focus": [{"element": "2B"}, {"element": "2B"}]}), "focus[1].element"),
        (json!({"action_plans": [{"element": "2B", "desired_score": 3}]}), "action_plans[0].element"),
    ] {
        t.patch(&one, &cand, &atp.etag(), body).await.expect_field(422, field);
    }
    let focus = ["2B", "3A", "4C", "5A", "6B"];
    let plans: Vec<Value> =
        focus.iter().map(|e| json!({"element": e, "desired_score": 3, "plans": "Lead it"})).collect();
    let body = json!({"most_growth": picks(["1A", "1B", "2A", "3B", "6A"]), "focus": picks(focus),
        "action_plans": plans, "counts_for_pl": true});
    let v2 = t.patch(&one, &cand, &atp.etag(), body).await.expect(200);
    assert_eq!(v2.body["action_plans"][0]["interim_score"], 2, "2B's interim score, from the interim reflection");
    assert_eq!(v2.body["counts_for_pl"], true);
    post_if(&t, &format!("{one}/submit"), &cand, &v2.etag()).await.expect_field(422, "impact");
    let v3 = t.patch(&one, &cand, &v2.etag(), json!({"impact": "I lead with data now."})).await.expect(200);
    let s = post_if(&t, &format!("{one}/submit"), &cand, &v3.etag()).await.expect(200);
    assert_eq!((s.body["status"].as_str(), s.body["can"]["edit"].as_bool()), (Some("submitted"), Some(false)));
    t.patch(&one, &cand, &s.etag(), json!({"impact": "x"})).await.expect_field(409, "status");
    t.get(&one, &t.token("district.rep").await).await.expect(403);
    t.get(&one, &t.token("coach.okafor").await).await.expect(404);
}

/// The coach reads and comments, on the whole or on one element; so do the candidate and the
/// program's staff, also after submission. Nobody outside the confidential circle reads them.
async fn the_coach_comments_on_it_and_on_its_elements(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let (cand, coach) = (t.token("cand.alvarez").await, t.token("coach.rivera").await);
    let atp = t.get(&format!("/api/enrollments/{}/application-to-practice", e["id"].as_str().unwrap()), &cand).await;
    let path = format!("/api/applications-to-practice/{}/comments", atp.expect(200).body["id"].as_str().unwrap());
    let c = t.post(&path, &coach, json!({"element": "2B", "body": "Let us plan the staff meetings together."})).await;
    assert_eq!(c.expect(201).body["author"]["username"], "coach.rivera");
    t.post(&path, &cand, json!({"body": "Thank you, I will add it."})).await.expect(201);
    t.post(&path, &coord, json!({"body": "Well argued."})).await.expect(201);
    t.post(&path, &coach, json!({"element": "7A", "body": "?"})).await.expect_field(422, "element");
    t.post(&path, &coach, json!({"body": ""})).await.expect_field(422, "body");
    let all = t.get(&path, &coach).await.expect(200);
    let elements: Vec<_> = all.body.as_array().unwrap().iter().map(|c| c["element"].clone()).collect();
    assert_eq!(elements, [json!("2B"), Value::Null, Value::Null], "oldest first, the first on 2B");
    assert_eq!(all.body[2]["author"]["username"], "coordinator");
    for outsider in ["district.rep", "admin"] {
        t.get(&path, &t.token(outsider).await).await.expect(403);
        t.post(&path, &t.token(outsider).await, json!({"body": "x"})).await.expect(403);
    }
    t.get(&path, &t.token("coach.okafor").await).await.expect(404);
    t.post(&path, &t.token("coach.okafor").await, json!({"body": "x"})).await.expect(404);
    assert_eq!(t.get(&path, &cand).await.body.as_array().unwrap().len(), 3, "nothing stored by the refused");
}

on_both_databases!(it_is_built_on_the_interim_written_and_submitted, the_coach_comments_on_it_and_on_its_elements);
