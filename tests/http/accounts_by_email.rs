//! Accounts by email: an invitation instead of a temporary password, and a forgotten password
//! reset by a link. Each link works once and expires; asking for a reset answers the same
//! whether or not the address is an account's, and is limited per account and per client;
//! the links never show in the app and are forgotten once emailed.

use crate::common::TestApp;
use crate::notifications::{mailer, received_by, smtp};
use actix_web::http::Method;
use coachfolio_api::notify::worker::deliver_due;
use coachfolio_domain::notification::{EmailStatus, NoticeKind};
use coachfolio_persistence::schema::{notifications as n, password_links, users};
use coachfolio_persistence::StoreError;
use diesel::prelude::*;
use serde_json::{json, Value};

/// The links of `kind` emailed to `email`, newest first (read from the outbox before sending).
fn links(t: &TestApp, email: &str, kind: NoticeKind) -> Vec<String> {
    let email = email.to_string();
    t.db.read(move |c| {
        n::table
            .inner_join(users::table)
            .filter(users::email.eq(email))
            .filter(n::kind.eq(kind))
            .order(n::created_at.desc())
            .select(n::link)
            .load::<String>(c)
            .map_err(StoreError::from)
    })
    .unwrap()
}

/// The secret of the newest `kind` link emailed to `email`.
fn token(t: &TestApp, email: &str, kind: NoticeKind) -> String {
    let link = links(t, email, kind).into_iter().next().expect("a link was emailed");
    link.strip_prefix("/set-password?token=").expect("a set-password link").to_string()
}

async fn invite(t: &TestApp, by: &str, username: &str) -> Value {
    let body = json!({
        "email": format!("{username}@example.org"), "username": username,
        "display_name": "Jordan Lee", "send_invitation": true
    });
    t.post("/api/users", by, body).await.expect(201).body
}

async fn set_password(t: &TestApp, token: &str, password: &str) -> crate::common::Res {
    t.call(Method::POST, "/api/auth/set-password", None, Some(json!({"token": token, "new_password": password})), None)
        .await
}

async fn ask_reset(t: &TestApp, email: &str) -> crate::common::Res {
    t.call(Method::POST, "/api/auth/password-reset", None, Some(json!({"email": email})), None).await
}

const NEW_PASSWORD: &str = "lanterns-over-the-quad-7";

/// An invited person greets their link, chooses a password once and is signed in; the link
/// then says it was used, and they sign in with what they chose.
async fn an_invitation_lets_the_person_choose_their_password_once(t: TestApp) {
    let admin = t.token("admin").await;
    let made = invite(&t, &admin, "jlee").await;
    assert_eq!(made["must_change_password"], true, "no password of theirs yet");
    let secret = token(&t, "jlee@example.org", NoticeKind::Invitation);

    let about = t.call(Method::POST, "/api/auth/password-link", None, Some(json!({"token": secret})), None).await;
    let about = about.expect(200).body;
    assert_eq!((about["purpose"].as_str(), about["username"].as_str()), (Some("invitation"), Some("jlee")));
    assert_eq!(about["display_name"], "Jordan Lee");

    set_password(&t, &secret, "jlee-jlee-jlee-1").await.expect_field(422, "new_password");
    let signed_in = set_password(&t, &secret, NEW_PASSWORD).await.expect(200).body;
    assert_eq!(signed_in["must_change_password"], false);
    let access = signed_in["access_token"].as_str().unwrap();
    assert_eq!(t.get("/api/me", access).await.expect(200).body["user"]["username"], "jlee");

    set_password(&t, &secret, "another-one-entirely-9").await.expect_field(422, "token");
    t.call(Method::POST, "/api/auth/password-link", None, Some(json!({"token": secret})), None)
        .await
        .expect_field(422, "token");
    t.sign_in("jlee", NEW_PASSWORD).await.expect(200);
    // The invitation is email only: never in the app's list.
    let mine = t.get("/api/me/notifications", access).await.expect(200).body;
    assert!(mine["items"].as_array().unwrap().iter().all(|i| i["kind"] != "invitation"));
    assert_eq!(mine["unread_count"], 0);
}

/// An account is made with exactly one of an invitation and a temporary password; without
/// email, only the password.
async fn an_account_is_made_with_an_invitation_or_a_temporary_password(t: TestApp) {
    let admin = t.token("admin").await;
    let both = json!({"email": "a@example.org", "username": "aa1", "display_name": "A",
        "send_invitation": true, "temporary_password": "temporary-pass-42"});
    t.post("/api/users", &admin, both).await.expect_field(422, "send_invitation");
    let neither = json!({"email": "a@example.org", "username": "aa1", "display_name": "A"});
    t.post("/api/users", &admin, neither).await.expect_field(422, "temporary_password");
    assert_eq!(t.get("/api/users?q=aa1", &admin).await.expect(200).body["total"], 0, "nothing made");
    assert_eq!(t.get("/api/auth/settings", &admin).await.expect(200).body["email"], true);

    let off = TestApp::sqlite_email_off().await;
    let admin = off.token("admin").await;
    let invited = json!({"email": "b@example.org", "username": "bb1", "display_name": "B", "send_invitation": true});
    off.post("/api/users", &admin, invited).await.expect_field(422, "send_invitation");
    let by_hand = json!({"email": "b@example.org", "username": "bb1", "display_name": "B",
        "temporary_password": "temporary-pass-42"});
    off.post("/api/users", &admin, by_hand).await.expect(201);
    let settings = off.call(Method::GET, "/api/auth/settings", None, None, None).await.expect(200);
    assert_eq!(settings.body["email"], false);
    ask_reset(&off, "cand.alvarez@demo.coachfolio.invalid").await.expect_field(422, "email");
}

/// A reset answers alike for every address, sends a link only to an active account's, at most
/// three an hour; the link ends every other session, and an hour later it is dead.
async fn a_forgotten_password_is_reset_by_a_link(t: TestApp) {
    let email = "cand.brooks@demo.coachfolio.invalid";
    let unknown = ask_reset(&t, "nobody@example.org").await.expect(202).body;
    let known = ask_reset(&t, email).await.expect(202).body;
    assert_eq!(unknown, known, "the same answer whether or not the address is an account's");
    ask_reset(&t, "not an address").await.expect_field(422, "email");
    assert_eq!(links(&t, email, NoticeKind::PasswordReset).len(), 1);

    // A session from before the reset ends with it.
    let before = t.token("cand.brooks").await;
    let secret = token(&t, email, NoticeKind::PasswordReset);
    let about = t.call(Method::POST, "/api/auth/password-link", None, Some(json!({"token": secret})), None).await;
    assert_eq!(about.expect(200).body["purpose"], "reset");
    set_password(&t, &secret, NEW_PASSWORD).await.expect(200);
    t.get("/api/me", &before).await.expect(401);
    t.sign_in("cand.brooks", crate::common::DEMO).await.expect(401);
    t.sign_in(email, NEW_PASSWORD).await.expect(200);

    // Three links an hour to one account; the fourth ask answers alike and sends nothing.
    for _ in 0..3 {
        assert_eq!(ask_reset(&t, email).await.expect(202).body, known);
    }
    assert_eq!(links(&t, email, NoticeKind::PasswordReset).len(), 3);

    // An hour old, a link is dead; so are links asked for before a password change.
    let newest = token(&t, email, NoticeKind::PasswordReset);
    t.db.write(|c| {
        diesel::update(password_links::table.filter(password_links::used_at.is_null()))
            .set(password_links::created_at.eq(coachfolio_persistence::now() - time::Duration::minutes(61)))
            .execute(c)
            .map_err(StoreError::from)
    })
    .unwrap();
    set_password(&t, &newest, "yet-another-passphrase-3").await.expect_field(422, "token");

    // A disabled account gets nothing.
    let admin = t.token("admin").await;
    let chen = t.user_id("cand.chen").await;
    let etag = t.get(&format!("/api/users/{chen}"), &admin).await.expect(200).etag();
    t.patch(&format!("/api/users/{chen}"), &admin, &etag, json!({"status": "disabled"})).await.expect(200);
    assert_eq!(ask_reset(&t, "cand.chen@demo.coachfolio.invalid").await.expect(202).body, known);
    assert!(links(&t, "cand.chen@demo.coachfolio.invalid", NoticeKind::PasswordReset).is_empty());
}

/// A link asked for before the person changed their password themselves no longer works.
async fn a_password_change_ends_the_reset_links_asked_before(t: TestApp) {
    let email = "cand.evans@demo.coachfolio.invalid";
    ask_reset(&t, email).await.expect(202);
    let secret = token(&t, email, NoticeKind::PasswordReset);
    let me = t.token("cand.evans").await;
    let change = json!({"current_password": crate::common::DEMO, "new_password": NEW_PASSWORD});
    t.post("/api/auth/password", &me, change).await.expect(200);
    set_password(&t, &secret, "yet-another-passphrase-3").await.expect_field(422, "token");
}

/// One client asking again and again is refused for a while.
async fn one_client_asking_too_often_is_refused(t: TestApp) {
    for i in 0..coachfolio_api::auth::throttle::REFUSE_AFTER {
        ask_reset(&t, &format!("someone{i}@example.org")).await.expect(202);
    }
    let refused = ask_reset(&t, "someone.else@example.org").await.expect(429);
    assert!(refused.headers.get("retry-after").is_some());
}

/// Two uses of one link at once set the password once.
async fn two_uses_of_one_link_at_once_set_the_password_once(t: TestApp) {
    let admin = t.token("admin").await;
    invite(&t, &admin, "twice").await;
    let secret = token(&t, "twice@example.org", NoticeKind::Invitation);
    let (a, b) = futures_util::join!(
        set_password(&t, &secret, NEW_PASSWORD),
        set_password(&t, &secret, "a-different-passphrase-5")
    );
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 422]);
}

/// Whoever manages an account may email it a new invitation; nobody else, and not their own.
async fn an_invitation_is_sent_again_by_whoever_manages_the_account(t: TestApp) {
    let coord = t.token("coordinator").await;
    let alvarez = t.user_id("cand.alvarez").await;
    let path = format!("/api/users/{alvarez}/invitation");
    t.call(Method::POST, &path, Some(&coord), None, None).await.expect(202);
    assert_eq!(links(&t, "cand.alvarez@demo.coachfolio.invalid", NoticeKind::Invitation).len(), 1);
    for who in ["coach.rivera", "cand.brooks", "district.rep"] {
        let status = t.call(Method::POST, &path, Some(&t.token(who).await), None, None).await.status.as_u16();
        assert!(status == 403 || status == 404, "{who} may not invite: {status}");
    }
    t.call(Method::POST, &path, Some(&t.token("cand.alvarez").await), None, None).await.expect(403);
    assert_eq!(links(&t, "cand.alvarez@demo.coachfolio.invalid", NoticeKind::Invitation).len(), 1);
    let off = TestApp::sqlite_email_off().await;
    let alvarez = off.user_id("cand.alvarez").await;
    let coord = off.token("coordinator").await;
    off.call(Method::POST, &format!("/api/users/{alvarez}/invitation"), Some(&coord), None, None).await.expect(409);
}

/// The reset email reaches a real SMTP server with its link; once sent, the outbox forgets it.
async fn a_reset_email_carries_its_link_and_the_outbox_forgets_it(t: TestApp) {
    let Some((url, maildir)) = smtp() else { return };
    let email = "cand.diaz@demo.coachfolio.invalid";
    ask_reset(&t, email).await.expect(202);
    let secret = token(&t, email, NoticeKind::PasswordReset);
    deliver_due(&t.db, &mailer(&url)).await.unwrap();
    let unwrapped = |m: String| m.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    let mail = received_by(&maildir, email).into_iter().map(unwrapped).find(|m| m.contains(&secret)).expect("received");
    assert!(mail.contains(&format!("https://coachfolio.example.org/set-password?token={secret}")));
    assert!(mail.contains("Choose a new password") && mail.contains("Do not forward it"));
    let kept: Vec<(String, EmailStatus)> = {
        let email = email.to_string();
        t.db.read(move |c| {
            n::table
                .inner_join(users::table)
                .filter(users::email.eq(email))
                .filter(n::kind.eq(NoticeKind::PasswordReset))
                .select((n::link, n::email_status))
                .load(c)
                .map_err(StoreError::from)
        })
        .unwrap()
    };
    assert_eq!(kept, [("/set-password".to_string(), EmailStatus::Sent)], "the secret is in the mailbox only");
    set_password(&t, &secret, NEW_PASSWORD).await.expect(200);
}

on_both_databases!(
    an_invitation_lets_the_person_choose_their_password_once,
    an_account_is_made_with_an_invitation_or_a_temporary_password,
    a_forgotten_password_is_reset_by_a_link,
    a_password_change_ends_the_reset_links_asked_before,
    one_client_asking_too_often_is_refused,
    two_uses_of_one_link_at_once_set_the_password_once,
    an_invitation_is_sent_again_by_whoever_manages_the_account,
    a_reset_email_carries_its_link_and_the_outbox_forgets_it,
);
