//! "Contact the candidate": follow-ups from the portfolio review, read on the candidate's home.

use crate::common::TestApp;
use actix_web::http::Method;
use serde_json::{json, Value};

async fn items(t: &TestApp, token: &str) -> Vec<Value> {
    let p = t.program(token).await;
    t.get(&format!("/api/programs/{p}/to-do"), token).await.expect(200).body["items"].as_array().unwrap().clone()
}

/// A coordinator contacts Lily Chen about her hours: she reads it on her home, the review counts
/// it open, and it leaves her home once the coordinator resolves it (with what came of it).
async fn a_follow_up_reaches_the_candidate_until_it_is_resolved(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.chen").await["id"].as_str().unwrap().to_string();
    let path = format!("/api/enrollments/{e}/follow-ups");
    let message = "You have had no coaching this year: please book a session with Maya this week.";
    let made = t.post(&path, &coord, json!({"message": format!("  {message} "), "flags": ["hours_behind_pace"]})).await;
    let made = made.expect(201);
    assert_eq!(made.body["message"], message, "kept trimmed");
    assert_eq!(
        (made.body["status"].as_str(), made.body["created_by"]["username"].as_str()),
        (Some("open"), Some("coordinator"))
    );
    assert_eq!(made.body["can"], json!({"resolve": true, "reopen": false}));
    let id = made.body["id"].as_str().unwrap().to_string();

    // Lily reads it, on her home and in the list; she cannot resolve it.
    let chen = t.token("cand.chen").await;
    let home = items(&t, &chen).await;
    let item = home.iter().find(|i| i["kind"] == "follow_up").expect("on her home");
    assert_eq!((item["detail"].as_str(), item["record_id"].as_str()), (Some(message), Some(id.as_str())));
    let list = t.get(&path, &chen).await.expect(200).body;
    assert_eq!(list["can_contact"], false);
    assert_eq!(list["items"][0]["can"], json!({"resolve": false, "reopen": false}));
    let told = t.get("/api/me/notifications", &chen).await.expect(200).body;
    let notice = told["items"].as_array().unwrap().iter().find(|n| n["kind"] == "follow_up").expect("notified");
    assert_eq!(
        (notice["body"].as_str(), notice["link"].as_str()),
        (Some(message), Some(path.trim_start_matches("/api")))
    );
    let resolve = format!("/api/follow-ups/{id}/resolve");
    let etag = made.etag();
    t.call(Method::POST, &resolve, Some(&chen), Some(json!({})), Some(&etag)).await.expect(403);

    // The review counts it; the coordinator's home says one is open.
    let p = t.program(&coord).await;
    let review = t.get(&format!("/api/programs/{p}/portfolio-review"), &coord).await.expect(200).body;
    let row = review["rows"].as_array().unwrap().iter().find(|r| r["candidate"]["username"] == "cand.chen").unwrap();
    assert_eq!(row["open_follow_ups"], 1);
    assert!(items(&t, &coord).await.iter().any(|i| i["kind"] == "follow_ups_open" && i["count"] == 1));

    // Resolved with a note (a stale version is refused), then no longer on her home.
    t.call(Method::POST, &resolve, Some(&coord), Some(json!({})), Some("\"99\"")).await.expect(412);
    let done = t
        .call(Method::POST, &resolve, Some(&coord), Some(json!({"note": "Booked for Thursday."})), Some(&etag))
        .await
        .expect(200);
    assert_eq!(
        (done.body["status"].as_str(), done.body["resolution"].as_str()),
        (Some("resolved"), Some("Booked for Thursday."))
    );
    assert_eq!(done.body["resolved_by"]["username"], "coordinator");
    t.call(Method::POST, &resolve, Some(&coord), Some(json!({})), Some(&done.etag())).await.expect_field(409, "status");
    assert!(!items(&t, &chen).await.iter().any(|i| i["kind"] == "follow_up"));
    assert!(!items(&t, &coord).await.iter().any(|i| i["kind"] == "follow_ups_open"));

    // The director reopens it: open again, its resolution cleared.
    let director = t.token("director").await;
    let again = t
        .call(
            Method::POST,
            &format!("/api/follow-ups/{id}/reopen"),
            Some(&director),
            Some(json!({})),
            Some(&done.etag()),
        )
        .await
        .expect(200);
    assert_eq!(again.body["status"], "open");
    assert!(again.body["resolution"].is_null() && again.body["resolved_by"].is_null());
    assert!(items(&t, &chen).await.iter().any(|i| i["kind"] == "follow_up"));

    // The trail keeps who did what, never the message.
    let audit = t.get(&format!("/api/programs/{p}/audit?per_page=100"), &coord).await.expect(200).body;
    let text = audit.to_string();
    assert!(
        text.contains("follow_up.created")
            && text.contains("follow_up.resolved")
            && text.contains("follow_up.reopened"),
        "{text}"
    );
    assert!(!text.contains("book a session"), "no message in the trail");
}

/// Every bad input names its field and stores nothing; a coach, the district and the
/// administrator neither read nor send follow-ups.
async fn a_follow_up_is_refused_clearly(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.brooks").await["id"].as_str().unwrap().to_string();
    let path = format!("/api/enrollments/{e}/follow-ups");
    t.post(&path, &coord, json!({"message": "   "})).await.expect_field(422, "message");
    t.post(&path, &coord, json!({"message": "x".repeat(4001)})).await.expect_field(422, "message");
    let twice = json!({"message": "Hours", "flags": ["hours_behind_pace", "hours_behind_pace"]});
    t.post(&path, &coord, twice).await.expect_field(422, "flags[1]");
    t.post(&path, &coord, json!({"message": "Hours", "flags": ["bored"]})).await.expect(422);
    t.post(&path, &coord, json!({"message": "Hours", "colour": "red"})).await.expect(422);
    assert_eq!(t.get(&path, &coord).await.expect(200).body["items"], json!([]), "nothing stored");

    for who in ["coach.rivera", "district.rep", "admin"] {
        let token = t.token(who).await;
        t.get(&path, &token).await.expect(403);
        t.post(&path, &token, json!({"message": "Hello"})).await.expect(403);
    }
    t.get(&path, &t.token("cand.alvarez").await).await.expect(404);
}

on_both_databases!(a_follow_up_reaches_the_candidate_until_it_is_resolved, a_follow_up_is_refused_clearly);
