//! Sign-in, tokens, sessions and passwords, tried the way an attacker or a careless client would.

use crate::common::{Res, TestApp, DEMO, SECRET};
use actix_web::http::{header, Method};
use actix_web::test::TestRequest;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::json;

async fn me(t: &TestApp, token: &str) -> Res {
    t.get("/api/me", token).await
}

async fn username_or_email_in_any_case(t: TestApp) {
    let r = t.sign_in("COORDINATOR", DEMO).await.expect(200);
    assert_eq!(r.body["token_type"], "Bearer");
    assert_eq!(r.body["user"]["username"], "coordinator");
    assert!(r.body.get("password_hash").is_none() && r.body["user"].get("password_hash").is_none());
    t.sign_in("Coordinator@Demo.Coachfolio.Invalid", DEMO).await.expect(200);
    let token = t.token("coordinator").await;
    let m = me(&t, &token).await.expect(200);
    assert_eq!(m.body["memberships"][0]["role"], "coordinator");
}

async fn failures_do_not_tell_whether_an_account_exists(t: TestApp) {
    let wrong = t.sign_in("coordinator", "not the password").await.expect(401);
    let unknown = t.sign_in("nobody.here", "not the password").await.expect(401);
    assert_eq!(wrong.body, unknown.body);
    // A disabled account with the right password gets the same answer.
    let admin = t.token("admin").await;
    let id = t.user_id("cand.diaz").await;
    let u = t.get(&format!("/api/users/{id}"), &admin).await.expect(200);
    t.patch(&format!("/api/users/{id}"), &admin, &u.etag(), json!({"status": "disabled"})).await.expect(200);
    let disabled = t.sign_in("cand.diaz", DEMO).await.expect(401);
    assert_eq!(disabled.body, wrong.body);
}

async fn disabling_an_account_ends_its_sessions(t: TestApp) {
    let token = t.token("cand.diaz").await;
    me(&t, &token).await.expect(200);
    let admin = t.token("admin").await;
    let id = t.user_id("cand.diaz").await;
    let u = t.get(&format!("/api/users/{id}"), &admin).await.expect(200);
    t.patch(&format!("/api/users/{id}"), &admin, &u.etag(), json!({"status": "disabled"})).await.expect(200);
    me(&t, &token).await.expect(401);
}

fn forge(claims: serde_json::Value, alg: &str, key: &[u8]) -> String {
    use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
    let alg = match alg {
        "HS512" => Algorithm::HS512,
        _ => Algorithm::HS256,
    };
    encode(&Header::new(alg), &claims, &EncodingKey::from_secret(key)).unwrap()
}

async fn bad_tokens_are_refused(t: TestApp) {
    let good = t.token("coordinator").await;
    let payload: serde_json::Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(good.split('.').nth(1).unwrap()).unwrap()).unwrap();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let with = |k: &str, v: serde_json::Value| {
        let mut c = payload.clone();
        c[k] = v;
        c
    };
    let none = format!(
        "{}.{}.",
        URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#),
        URL_SAFE_NO_PAD.encode(payload.to_string())
    );
    for (what, token) in [
        ("expired", forge(with("exp", json!(now - 120)), "HS256", SECRET)),
        ("forged", forge(payload.clone(), "HS256", b"some-other-secret-some-other-secret!!")),
        ("alg none", none),
        ("other algorithm", forge(payload.clone(), "HS512", SECRET)),
        ("wrong audience", forge(with("aud", json!("another-api")), "HS256", SECRET)),
        ("wrong issuer", forge(with("iss", json!("someone-else")), "HS256", SECRET)),
        ("garbage", "not.a.token".into()),
    ] {
        let r = me(&t, &token).await;
        assert_eq!(r.status.as_u16(), 401, "{what} token must be refused");
        assert_eq!(r.headers.get("www-authenticate").unwrap(), "Bearer");
    }
    t.call(Method::GET, "/api/me", None, None, None).await.expect(401);
    me(&t, &good).await.expect(200);
}

async fn refresh_tokens_rotate_and_reuse_ends_the_session(t: TestApp) {
    let first = t.sign_in("coach.rivera", DEMO).await.expect(200);
    let r1 = first.body["refresh_token"].as_str().unwrap().to_string();
    let second =
        t.call(Method::POST, "/api/auth/refresh", None, Some(json!({"refresh_token": r1})), None).await.expect(200);
    let r2 = second.body["refresh_token"].as_str().unwrap().to_string();
    assert_ne!(r1, r2);
    let access = second.body["access_token"].as_str().unwrap().to_string();
    me(&t, &access).await.expect(200);
    // The spent token presented again: someone copied it. The whole session ends.
    t.call(Method::POST, "/api/auth/refresh", None, Some(json!({"refresh_token": r1})), None).await.expect(401);
    t.call(Method::POST, "/api/auth/refresh", None, Some(json!({"refresh_token": r2})), None).await.expect(401);
    me(&t, &access).await.expect(401);
    // Other sessions are untouched.
    let other = t.token("coach.rivera").await;
    me(&t, &other).await.expect(200);
}

async fn sign_out_ends_the_session(t: TestApp) {
    let s = t.sign_in("director", DEMO).await.expect(200);
    let access = s.body["access_token"].as_str().unwrap();
    let refresh = s.body["refresh_token"].as_str().unwrap();
    t.call(Method::POST, "/api/auth/logout", None, Some(json!({"refresh_token": refresh})), None).await.expect(204);
    me(&t, access).await.expect(401);
    t.call(Method::POST, "/api/auth/refresh", None, Some(json!({"refresh_token": refresh})), None).await.expect(401);
}

/// The refresh token a response set in the web app's cookie, checked for its attributes.
fn refresh_cookie(r: &Res) -> String {
    let set = r.headers.get_all(header::SET_COOKIE).map(|v| v.to_str().unwrap().to_string()).collect::<Vec<_>>();
    let cookie = set.iter().find(|c| c.starts_with("coachfolio_refresh=")).expect("the refresh cookie");
    for attribute in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/api/auth/refresh"] {
        assert!(cookie.contains(attribute), "{attribute} in {cookie}");
    }
    cookie.split(';').next().unwrap().trim_start_matches("coachfolio_refresh=").to_string()
}

async fn refresh_with_cookie(t: &TestApp, value: &str) -> Res {
    let req = TestRequest::post()
        .uri("/api/auth/refresh")
        .insert_header((header::COOKIE, format!("coachfolio_refresh={value}")))
        .set_json(json!({}));
    t.send(req).await
}

/// The web app keeps its access token in memory and its refresh token in an HttpOnly cookie no
/// script can read; API clients keep the JSON flow.
async fn the_web_app_keeps_its_refresh_token_in_an_http_only_cookie(t: TestApp) {
    let body = json!({"login": "director", "password": DEMO, "refresh_cookie": true});
    let signed = t.call(Method::POST, "/api/auth/login", None, Some(body), None).await.expect(200);
    assert!(signed.body["refresh_token"].is_null(), "no script sees the refresh token");
    let c1 = refresh_cookie(&signed);
    assert!(!c1.is_empty());
    // Beside it, a cookie the page reads that says only that there is one.
    let set: Vec<String> = signed.headers.get_all(header::SET_COOKIE).map(|v| v.to_str().unwrap().into()).collect();
    let mark = set.iter().find(|c| c.starts_with("coachfolio_signed_in=1")).expect("the signed-in mark");
    assert!(mark.contains("Path=/") && !mark.contains("HttpOnly") && !mark.contains(&c1), "{mark}");
    // A reload: the cookie alone gets a new access token, and the cookie turns over.
    let renewed = refresh_with_cookie(&t, &c1).await.expect(200);
    assert!(renewed.body["refresh_token"].is_null());
    let c2 = refresh_cookie(&renewed);
    assert_ne!(c1, c2);
    let access = renewed.body["access_token"].as_str().unwrap().to_string();
    me(&t, &access).await.expect(200);
    // Without a token in the body or the cookie there is nothing to refresh.
    t.call(Method::POST, "/api/auth/refresh", None, Some(json!({})), None).await.expect(401);
    // Signing out with the access token ends the session and removes the cookie.
    let out = t.call(Method::POST, "/api/auth/logout", Some(&access), Some(json!({})), None).await.expect(204);
    assert_eq!(refresh_cookie(&out), "", "the cookie is cleared");
    assert!(out.headers.get_all(header::SET_COOKIE).any(|v| v.to_str().unwrap().starts_with("coachfolio_signed_in=;")));
    me(&t, &access).await.expect(401);
    refresh_with_cookie(&t, &c2).await.expect(401);
    // A spent cookie presented again ends its session, as a spent token does.
    let body = json!({"login": "director", "password": DEMO, "refresh_cookie": true});
    let again = t.call(Method::POST, "/api/auth/login", None, Some(body), None).await.expect(200);
    let c3 = refresh_cookie(&again);
    let next = refresh_with_cookie(&t, &c3).await.expect(200);
    refresh_with_cookie(&t, &c3).await.expect(401);
    me(&t, next.body["access_token"].as_str().unwrap()).await.expect(401);
    // A new password in the web app comes with its cookie too.
    let fresh = t
        .call(
            Method::POST,
            "/api/auth/login",
            None,
            Some(json!({"login": "director", "password": DEMO, "refresh_cookie": true})),
            None,
        )
        .await
        .expect(200);
    let access = fresh.body["access_token"].as_str().unwrap();
    let change =
        json!({"current_password": DEMO, "new_password": "a much longer passphrase 42", "refresh_cookie": true});
    let changed = t.call(Method::POST, "/api/auth/password", Some(access), Some(change), None).await.expect(200);
    assert!(changed.body["refresh_token"].is_null());
    refresh_with_cookie(&t, &refresh_cookie(&changed)).await.expect(200);
}

async fn changing_the_password_ends_other_sessions(t: TestApp) {
    let other_device = t.token("coach.okafor").await;
    let this = t.token("coach.okafor").await;
    let r = t
        .post("/api/auth/password", &this, json!({"current_password": DEMO, "new_password": "a brand new passphrase"}))
        .await
        .expect(200);
    let fresh = r.body["access_token"].as_str().unwrap();
    me(&t, &other_device).await.expect(401);
    me(&t, &this).await.expect(401);
    me(&t, fresh).await.expect(200);
    t.sign_in("coach.okafor", DEMO).await.expect(401);
    t.sign_in("coach.okafor", "a brand new passphrase").await.expect(200);
}

async fn weak_passwords_are_refused_and_nothing_changes(t: TestApp) {
    let token = t.token("coach.okafor").await;
    for (pw, why) in [
        ("short pw", "length"),
        ("password1234", "common"),
        ("aaaaaaaaaaaaaaa", "pattern"),
        ("coach.okafor-rocks", "username"),
    ] {
        let r = t.post("/api/auth/password", &token, json!({"current_password": DEMO, "new_password": pw})).await;
        r.expect_field(422, "new_password");
        let _ = why;
    }
    t.post(
        "/api/auth/password",
        &token,
        json!({"current_password": "wrong one here", "new_password": "a fine passphrase"}),
    )
    .await
    .expect_field(422, "current_password");
    t.sign_in("coach.okafor", DEMO).await.expect(200);
}

async fn a_temporary_password_must_be_changed_first(t: TestApp) {
    let coord = t.token("coordinator").await;
    t.new_account(&coord, "new.person").await;
    let s = t.sign_in("new.person", "temporary-pass-42").await.expect(200);
    assert_eq!(s.body["must_change_password"], true);
    let token = s.body["access_token"].as_str().unwrap();
    me(&t, token).await.expect(200);
    t.get("/api/programs", token).await.expect(403);
    let r = t
        .post(
            "/api/auth/password",
            token,
            json!({"current_password": "temporary-pass-42", "new_password": "my own secret phrase"}),
        )
        .await
        .expect(200);
    assert_eq!(r.body["must_change_password"], false);
    t.get("/api/programs", r.body["access_token"].as_str().unwrap()).await.expect(200);
}

async fn repeated_failures_are_slowed_then_refused(t: TestApp) {
    let mut last = 0;
    for _ in 0..coachfolio_api::auth::throttle::REFUSE_AFTER {
        last = t.sign_in("coordinator", "guessing wrong").await.status.as_u16();
    }
    assert_eq!(last, 401);
    let r = t.sign_in("coordinator", "guessing wrong").await.expect(429);
    assert!(r.headers.get("retry-after").is_some());
    // Even the right password waits out the lockout.
    t.sign_in("coordinator", DEMO).await.expect(429);
}

async fn duplicate_email_or_username_is_a_conflict(t: TestApp) {
    let coord = t.token("coordinator").await;
    let before = t.get("/api/users", &coord).await.expect(200).body["total"].clone();
    let body = |email: &str, username: &str| json!({"email": email, "username": username, "display_name": "Dup", "temporary_password": "temporary-pass-42"});
    t.post("/api/users", &coord, body("MAYA.RIVERA@example.org", "fresh.name")).await.expect(201);
    t.post("/api/users", &coord, body("maya.rivera@EXAMPLE.org", "other.name")).await.expect_field(409, "email");
    t.post("/api/users", &coord, body("someone@example.org", "Coach.Rivera")).await.expect_field(409, "username");
    let after = t.get("/api/users", &coord).await.expect(200).body["total"].clone();
    assert_eq!(after.as_i64().unwrap(), before.as_i64().unwrap() + 1);
}

async fn account_input_is_validated(t: TestApp) {
    let coord = t.token("coordinator").await;
    let r = t
        .post(
            "/api/users",
            &coord,
            json!({"email": "nope", "username": "a", "display_name": "", "temporary_password": "short"}),
        )
        .await
        .expect(422);
    for f in ["email", "username", "display_name", "temporary_password"] {
        assert!(r.fields().contains(&f.to_string()), "{f} in {}", r.body);
    }
    t.post("/api/users", &coord, json!({"email": "x@example.org", "username": "xyz", "display_name": "X", "temporary_password": "temporary-pass-42", "is_admin": true}))
        .await
        .expect_field(422, "is_admin");
    // Candidates and coaches do not create accounts.
    let coach = t.token("coach.rivera").await;
    t.post("/api/users", &coach, json!({"email": "y@example.org", "username": "yyy", "display_name": "Y", "temporary_password": "temporary-pass-42"}))
        .await
        .expect(403);
}

on_both_databases!(
    username_or_email_in_any_case,
    failures_do_not_tell_whether_an_account_exists,
    disabling_an_account_ends_its_sessions,
    bad_tokens_are_refused,
    refresh_tokens_rotate_and_reuse_ends_the_session,
    the_web_app_keeps_its_refresh_token_in_an_http_only_cookie,
    sign_out_ends_the_session,
    changing_the_password_ends_other_sessions,
    weak_passwords_are_refused_and_nothing_changes,
    a_temporary_password_must_be_changed_first,
    repeated_failures_are_slowed_then_refused,
    duplicate_email_or_username_is_a_conflict,
    account_input_is_validated,
);
