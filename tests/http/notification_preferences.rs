//! Each person chooses how each kind of notification is emailed: immediately, in the program's
//! daily digest, or not at all; every email's signed one-click link turns its kind off. The app
//! lists every notification whatever the choice.

use crate::common::{TestApp, SECRET};
use crate::notifications::{mailer, received_by, smtp, submitted_log};
use actix_web::http::{header, Method};
use actix_web::test::TestRequest;
use coachfolio_api::notify::unsubscribe::{Leave, Signer};
use coachfolio_api::notify::worker::{deliver_digests, deliver_due};
use coachfolio_domain::ids::UserId;
use coachfolio_domain::notification::NoticeKind;
use coachfolio_persistence::schema::notifications as n;
use coachfolio_persistence::StoreError;
use diesel::prelude::*;
use serde_json::{json, Value};

const PREFS: &str = "/api/me/notification-preferences";

fn choice(prefs: &Value, kind: &str) -> String {
    let items = prefs["items"].as_array().unwrap();
    items.iter().find(|p| p["kind"] == kind).unwrap()["email"].as_str().unwrap().to_string()
}

async fn choose(t: &TestApp, token: &str, kind: &str, email: &str) -> Value {
    let body = json!({"items": [{"kind": kind, "email": email}]});
    t.call(Method::PATCH, PREFS, Some(token), Some(body), None).await.expect(200).body
}

/// The email states of `username`'s notifications of `kind`.
fn email_states(t: &TestApp, user: &str, kind: NoticeKind) -> Vec<String> {
    let user: UserId = user.parse().unwrap();
    t.db.read(move |c| {
        n::table
            .filter(n::recipient_id.eq(user))
            .filter(n::kind.eq(kind))
            .order(n::created_at)
            .select(n::email_status)
            .load::<coachfolio_domain::notification::EmailStatus>(c)
            .map_err(StoreError::from)
    })
    .unwrap()
    .into_iter()
    .map(|s| s.as_str().to_string())
    .collect()
}

/// Moves every notification a day back, so the digest hour has passed since it was made.
fn a_day_passes(t: &TestApp) {
    t.db.write(|c| {
        diesel::update(n::table)
            .set(n::created_at.eq(coachfolio_persistence::now() - time::Duration::days(1)))
            .execute(c)
            .map_err(StoreError::from)
    })
    .unwrap();
}

/// Everyone starts with every kind immediately; a change sets the kinds it names and no
/// others, for the person alone; account emails cannot be chosen.
async fn each_person_chooses_per_kind(t: TestApp) {
    let cand = t.token("cand.alvarez").await;
    let start = t.get(PREFS, &cand).await.expect(200).body;
    let kinds: Vec<&str> = start["items"].as_array().unwrap().iter().map(|p| p["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds.len(), NoticeKind::ALL.len() - 2, "every kind but the account emails");
    assert!(!kinds.contains(&"invitation") && !kinds.contains(&"password_reset"));
    assert!(start["items"].as_array().unwrap().iter().all(|p| p["email"] == "immediately"));
    let digests = start["digests"].as_array().unwrap();
    assert_eq!(digests.len(), 1, "her one program's digest hour: {digests:?}");
    assert_eq!((digests[0]["program_name"].as_str(), digests[0]["hour"].as_u64()), (Some("Demo County CASC"), Some(7)));

    choose(&t, &cand, "log_submitted", "daily_digest").await;
    let after = choose(&t, &cand, "follow_up", "off").await;
    assert_eq!(choice(&after, "log_submitted"), "daily_digest", "an earlier choice stays");
    assert_eq!(choice(&after, "follow_up"), "off");
    assert_eq!(choice(&after, "request_decided"), "immediately");
    let back = choose(&t, &cand, "follow_up", "immediately").await;
    assert_eq!(choice(&back, "follow_up"), "immediately");
    let coach = t.token("coach.rivera").await;
    assert_eq!(choice(&t.get(PREFS, &coach).await.body, "log_submitted"), "immediately", "hers alone");

    let bad = |items: Value| json!({ "items": items });
    let secret = bad(json!([{"kind": "password_reset", "email": "off"}]));
    t.call(Method::PATCH, PREFS, Some(&cand), Some(secret), None).await.expect_field(422, "items[0].kind");
    let twice = bad(json!([{"kind": "follow_up", "email": "off"}, {"kind": "follow_up", "email": "immediately"}]));
    t.call(Method::PATCH, PREFS, Some(&cand), Some(twice), None).await.expect_field(422, "items[1].kind");
    let unknown = bad(json!([{"kind": "follow_up", "email": "weekly"}]));
    assert_eq!(t.call(Method::PATCH, PREFS, Some(&cand), Some(unknown), None).await.status.as_u16() / 100, 4);
    assert_eq!(choice(&t.get(PREFS, &cand).await.body, "follow_up"), "immediately", "nothing half-written");
    t.call(Method::GET, PREFS, None, None, None).await.expect(401);
}

/// A kind turned off is listed in the app and never emailed.
async fn a_kind_turned_off_is_not_emailed(t: TestApp) {
    let (coach, cand) = (t.token("coach.rivera").await, t.token("cand.alvarez").await);
    let alvarez = t.user_id("cand.alvarez").await;
    choose(&t, &cand, "log_submitted", "off").await;
    let (id, _) = submitted_log(&t, &coach, "Budget").await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    deliver_due(&t.db, &mailer(&format!("smtp://127.0.0.1:{closed}"))).await.unwrap();
    assert_eq!(email_states(&t, &alvarez, NoticeKind::LogSubmitted), ["skipped"], "not even tried");
    let mine = t.get("/api/me/notifications", &cand).await.expect(200).body;
    assert!(mine["items"].as_array().unwrap().iter().any(|i| i["link"] == format!("/coaching-logs/{id}")));
}

/// Kinds chosen for the digest wait for the program's digest hour, then go as one email with
/// each notification's title and link; one not sent is tried again later.
async fn the_daily_digest_gathers_a_days_notifications(t: TestApp) {
    let (coach, cand) = (t.token("coach.rivera").await, t.token("cand.alvarez").await);
    let alvarez = t.user_id("cand.alvarez").await;
    choose(&t, &cand, "log_submitted", "daily_digest").await;
    choose(&t, &cand, "follow_up", "daily_digest").await;
    let (first, _) = submitted_log(&t, &coach, "Budget").await;
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    t.post(&format!("/api/enrollments/{e}/follow-ups"), &coord, json!({"message": "Book your next session"}))
        .await
        .expect(201);
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let unreachable = mailer(&format!("smtp://127.0.0.1:{closed}"));
    assert_eq!(deliver_due(&t.db, &unreachable).await.unwrap(), 0);
    let states = || [NoticeKind::LogSubmitted, NoticeKind::FollowUp].map(|k| email_states(&t, &alvarez, k).concat());
    assert_eq!(states(), ["digest", "digest"]);
    assert_eq!(deliver_digests(&t.db, &unreachable).await.unwrap(), 0, "made after the last digest hour");

    a_day_passes(&t);
    assert_eq!(deliver_digests(&t.db, &unreachable).await.unwrap(), 0);
    assert_eq!(states(), ["digest", "digest"], "waits to be tried again");
    assert_eq!(deliver_digests(&t.db, &unreachable).await.unwrap(), 0, "not before its backoff");

    let Some((url, maildir)) = smtp() else { return };
    t.db.write(|c| {
        diesel::update(n::table)
            .set(n::next_attempt_at.eq(coachfolio_persistence::now()))
            .execute(c)
            .map_err(StoreError::from)
    })
    .unwrap();
    assert_eq!(deliver_digests(&t.db, &mailer(&url)).await.unwrap(), 1, "one email for both");
    assert_eq!(states(), ["sent", "sent"]);
    let unwrapped = |m: String| m.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    let mail = received_by(&maildir, "cand.alvarez@demo.coachfolio.invalid")
        .into_iter()
        .map(unwrapped)
        .find(|m| m.contains(&first))
        .expect("the digest arrived");
    assert!(mail.contains("Your daily digest: 2 updates"));
    assert!(mail.contains(&format!("/coaching-logs/{first}")) && mail.contains("follow"));
    assert!(mail.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
    assert!(mail.contains("kind=daily_digest"), "its link leaves the digest");
    assert_eq!(deliver_digests(&t.db, &mailer(&url)).await.unwrap(), 0, "sent once");
}

/// One POST to an email's signed link turns its kind off, without signing in; a link changed
/// in any part is refused.
async fn an_emails_link_unsubscribes_in_one_click(t: TestApp) {
    let alvarez = t.user_id("cand.alvarez").await;
    let brooks = t.user_id("cand.brooks").await;
    let signer = Signer::new(SECRET);
    let user: UserId = alvarez.parse().unwrap();
    let query = signer.query(user, Leave::Kind(NoticeKind::FollowUp));
    // As a mail client does it (RFC 8058): a form body, no credentials.
    let one_click = |q: String| {
        TestRequest::post()
            .uri(&format!("/api/unsubscribe?{q}"))
            .insert_header((header::CONTENT_TYPE, "application/x-www-form-urlencoded"))
            .set_payload("List-Unsubscribe=One-Click")
    };
    let done = t.send(one_click(query.clone())).await.expect(200);
    assert_eq!((done.body["kind"].as_str(), done.body["email"].as_str()), (Some("follow_up"), Some("off")));
    let cand = t.token("cand.alvarez").await;
    assert_eq!(choice(&t.get(PREFS, &cand).await.body, "follow_up"), "off");
    t.send(one_click(query.clone())).await.expect(200);

    let sig = signer.sign(user, Leave::Kind(NoticeKind::FollowUp));
    t.send(one_click(format!("user={brooks}&kind=follow_up&sig={sig}"))).await.expect_field(422, "sig");
    t.send(one_click(format!("user={alvarez}&kind=log_submitted&sig={sig}"))).await.expect_field(422, "sig");
    t.send(one_click(format!("user={alvarez}&kind=follow_up&sig={sig}x"))).await.expect_field(422, "sig");
    t.send(one_click(format!("user={alvarez}&kind=password_reset&sig={sig}"))).await.expect_field(422, "kind");
    let brooks_token = t.token("cand.brooks").await;
    assert_eq!(choice(&t.get(PREFS, &brooks_token).await.body, "follow_up"), "immediately", "untouched");

    // The digest's link turns off every kind in the digest.
    choose(&t, &cand, "log_submitted", "daily_digest").await;
    choose(&t, &cand, "request_decided", "daily_digest").await;
    t.send(one_click(signer.query(user, Leave::Digest))).await.expect(200);
    let now = t.get(PREFS, &cand).await.body;
    assert_eq!((choice(&now, "log_submitted"), choice(&now, "request_decided")), ("off".into(), "off".into()));
}

on_both_databases!(
    each_person_chooses_per_kind,
    a_kind_turned_off_is_not_emailed,
    the_daily_digest_gathers_a_days_notifications,
    an_emails_link_unsubscribes_in_one_click,
);
