//! What a hostile or careless client meets: a NUL in any text, a body that stops arriving,
//! If-Match: *, methods no resource takes, a lower-case bearer scheme; and the security headers
//! on every answer. Each refusal is a 4xx problem naming the field, with nothing stored.

use crate::common::{multipart, pdf, TestApp, SECRET};
use actix_web::http::{header, Method};
use actix_web::test::TestRequest;
use coachfolio_api::auth::tokens::Keys;
use coachfolio_api::storage::Storage;
use coachfolio_api::{AppState, Serving};
use serde_json::json;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn a_nul_character_is_refused_naming_its_field_everywhere(t: TestApp) {
    // At sign-in, before anyone is known (PostgreSQL cannot even compare such a text).
    let r = t.call(
        Method::POST,
        "/api/auth/login",
        None,
        Some(json!({"login": "coord\u{0}inator", "password": "x"})),
        None,
    );
    r.await.expect_field(422, "login");

    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let cohorts = format!("/api/programs/{p}/cohorts");
    let before = t.get(&cohorts, &coord).await.expect(200).body;
    t.post(&cohorts, &coord, json!({"label": "Cohort\u{0}C", "start_date": "2027-01-10"}))
        .await
        .expect_field(422, "label");
    assert_eq!(t.get(&cohorts, &coord).await.expect(200).body, before, "nothing was stored");

    // Deep in an autosaved form.
    let cand = t.token("cand.alvarez").await;
    let eid = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    let plan = t.post(&format!("/api/enrollments/{eid}/ilps"), &cand, json!({"program_year": 1})).await.expect(201);
    let path = format!("/api/ilps/{}", plan.body["id"].as_str().unwrap());
    let steps = json!({"steps": [{"step": "Walkthroughs", "people": "", "resources": "", "status": "in_progress",
        "learned": "fine"}, {"step": "Data\u{0}chats", "people": "", "resources": "", "status": "in_progress", "learned": ""}]});
    t.patch(&path, &cand, &plan.etag(), steps).await.expect_field(422, "steps[1].step");
    assert_eq!(t.get(&path, &cand).await.expect(200).body["version"], plan.body["version"]);

    // An upload's text field, and a query parameter.
    let file = pdf("notes");
    let form = multipart(&[("kind", "coaching_log"), ("title", "Notes\u{0}")], Some(("n.pdf", file.as_slice())));
    let r = t.send_multipart(Method::POST, &format!("/api/enrollments/{eid}/documents"), &cand, None, form).await;
    r.expect_field(422, "title");
    t.get("/api/users?q=ann%00", &coord).await.expect_field(422, "q");
}

async fn every_answer_carries_the_security_headers(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let answers = [
        t.get(&format!("/api/programs/{p}"), &coord).await,
        t.get("/api/programs/not-a-uuid", &coord).await,
        t.call(Method::GET, "/health", None, None, None).await,
        t.call(Method::GET, "/some/page/of/the/app", None, None, None).await,
    ];
    for r in &answers {
        let h = |name: header::HeaderName| r.headers.get(name).map(|v| v.to_str().unwrap().to_string());
        let csp = h(header::CONTENT_SECURITY_POLICY).expect("a Content-Security-Policy");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), "{csp}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "no inline script: {csp}");
        assert_eq!(h(header::X_CONTENT_TYPE_OPTIONS).as_deref(), Some("nosniff"));
        assert_eq!(h(header::REFERRER_POLICY).as_deref(), Some("no-referrer"));
        assert_eq!(h(header::STRICT_TRANSPORT_SECURITY), None, "HSTS only when configured behind TLS");
    }
    for api in &answers[..3] {
        assert_eq!(api.headers.get(header::CACHE_CONTROL).unwrap(), "no-store", "API answers stay out of caches");
    }
}

async fn methods_schemes_and_if_match_as_the_standards_say(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    // The bearer scheme's name is case-insensitive.
    for scheme in ["bearer", "BEARER"] {
        let req = TestRequest::get().uri("/api/me").insert_header((header::AUTHORIZATION, format!("{scheme} {coord}")));
        t.send(req).await.expect(200);
    }
    // TRACE and other methods a resource does not take: 405 with Allow, the contract included.
    for path in ["/api/openapi.json", "/api/docs/", "/api/me", "/health"] {
        let r = t.call(Method::TRACE, path, Some(&coord), None, None).await.expect(405);
        assert!(r.headers.get(header::ALLOW).unwrap().to_str().unwrap().contains("GET"), "{path}");
    }
    t.call(Method::DELETE, "/api/openapi.json", Some(&coord), None, None).await.expect(405);
    // A literal segment names its own resource, even where a variable one would also match.
    let ev = t.get(&format!("/api/programs/{p}/events"), &coord).await.expect(200).body[0]["id"].clone();
    let all_present = format!("/api/events/{}/attendance/all-present", ev.as_str().unwrap());
    let r = t.call(Method::PUT, &all_present, Some(&coord), Some(json!({"status": "attended"})), None).await;
    assert_eq!(r.expect(405).headers.get(header::ALLOW).unwrap(), "POST");
    // If-Match: * would overwrite whatever was saved meanwhile: refused, naming the header.
    let r = t.patch(&format!("/api/programs/{p}"), &coord, "*", json!({"name": "Renamed"})).await;
    assert!(r.expect_field(400, "If-Match").body["detail"].as_str().unwrap().contains("If-Match: *"));
    assert_ne!(t.get(&format!("/api/programs/{p}"), &coord).await.expect(200).body["name"], "Renamed");
    // The contract says which If-Match it takes, and bounds every integer.
    let spec = t.call(Method::GET, "/api/openapi.json", None, None, None).await.expect(200).body;
    let patch = &spec["paths"]["/api/programs/{program_id}"]["patch"]["parameters"];
    let if_match = patch.as_array().unwrap().iter().find(|p| p["name"] == "If-Match").unwrap();
    assert_eq!(if_match["schema"]["pattern"], coachfolio_api::openapi::IF_MATCH_PATTERN);
    let mut unbounded = Vec::new();
    fn integers(v: &serde_json::Value, at: &str, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(o) => {
                let is_int = o
                    .get("type")
                    .is_some_and(|t| t == "integer" || t.as_array().is_some_and(|a| a.contains(&json!("integer"))));
                if is_int && !(o.contains_key("maximum") && o.contains_key("minimum")) {
                    out.push(at.to_string());
                }
                o.iter().for_each(|(k, v)| integers(v, &format!("{at}/{k}"), out));
            }
            serde_json::Value::Array(a) => {
                a.iter().enumerate().for_each(|(i, v)| integers(v, &format!("{at}/{i}"), out))
            }
            _ => {}
        }
    }
    integers(&spec, "", &mut unbounded);
    assert!(unbounded.is_empty(), "integers without a range: {unbounded:?}");
}

/// The app served by a real server on loopback with the web app's files from `static_dir`,
/// with a one-second body read timeout.
async fn served(t: &TestApp, static_dir: &std::path::Path) -> std::net::SocketAddr {
    let files = tempfile::tempdir().unwrap().keep();
    let storage = Storage::local(files, 1024 * 1024).unwrap();
    let (state, _) = AppState::new(t.db.clone(), Keys::new(SECRET, 900, 3600), storage);
    let state = actix_web::web::Data::new(state);
    let serving = Serving { body_read_timeout: Duration::from_secs(1), ..Serving::new(static_dir) };
    let access = actix_web::web::Data::new(coachfolio_api::AccessCache::default());
    let server =
        actix_web::HttpServer::new(move || coachfolio_api::app(state.clone(), access.clone(), serving.clone()))
            .workers(1)
            .bind("127.0.0.1:0")
            .unwrap();
    let addr = server.addrs()[0];
    actix_web::rt::spawn(server.run());
    addr
}

/// Sends a login request's head and its body in `chunks`, `pause` apart; answers the status line
/// and the rest of the answer.
async fn dribble(addr: std::net::SocketAddr, chunks: &[&str], pause: Duration, declared: usize) -> String {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {declared}\r\nConnection: close\r\n\r\n"
    );
    s.write_all(head.as_bytes()).await.unwrap();
    for chunk in chunks {
        s.write_all(chunk.as_bytes()).await.unwrap();
        actix_web::rt::time::sleep(pause).await;
    }
    let mut answer = String::new();
    let read = actix_web::rt::time::timeout(Duration::from_secs(10), s.read_to_string(&mut answer)).await;
    assert!(read.is_ok(), "the server never answered: it must cut a stalled body off");
    answer
}

async fn a_body_that_stops_arriving_is_answered_408(t: TestApp) {
    let addr = served(&t, std::path::Path::new("/nonexistent-static")).await;
    let body = r#"{"login": "coordinator", "password": "coachfolio-demo"}"#;
    // Half the body, then nothing: 408 after the read timeout, as a problem.
    let answer = dribble(addr, &[&body[..20]], Duration::from_millis(0), body.len()).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("application/problem+json") && answer.contains("\"status\":408"), "{answer}");
    // A slow but steady body is read whole: each piece restarts the clock.
    let pieces: Vec<&str> = body.as_bytes().chunks(12).map(|c| std::str::from_utf8(c).unwrap()).collect();
    let answer = dribble(addr, &pieces, Duration::from_millis(400), body.len()).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

/// What a client sends whole: `3.0` is the integer 3 (JSON has one kind of number); an empty
/// refresh token is no token.
async fn numbers_and_tokens_as_json_means_them(t: TestApp) {
    let cand = t.token("cand.alvarez").await;
    let coord = t.token("coordinator").await;
    let eid = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    let yesterday = (time::OffsetDateTime::now_utc().date() - time::Duration::days(2)).to_string();
    let pl = json!({"title": "Rounds", "activity_date": yesterday, "minutes": 120.0});
    let made = t.post(&format!("/api/enrollments/{eid}/professional-learning"), &cand, pl).await.expect(201);
    assert_eq!(made.body["minutes"], 120);
    let pl = json!({"title": "Rounds", "activity_date": yesterday, "minutes": 120.5});
    t.post(&format!("/api/enrollments/{eid}/professional-learning"), &cand, pl).await.expect_field(422, "minutes");
    t.call(Method::POST, "/api/auth/logout", None, Some(json!({"refresh_token": ""})), None)
        .await
        .expect_field(422, "refresh_token");
}

/// With the web app's files served, a method they do not take still answers 405 with Allow,
/// and the app's pages carry the security headers.
async fn the_web_app_and_the_api_answer_other_methods_alike(t: TestApp) {
    let dist = tempfile::tempdir().unwrap();
    std::fs::write(dist.path().join("index.html"), "<!doctype html><title>Coachfolio</title>").unwrap();
    let addr = served(&t, dist.path()).await;
    let client = awc::Client::default();
    for path in ["/health", "/api/me", "/some/page"] {
        let r = client.request(Method::TRACE, format!("http://{addr}{path}")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 405, "{path}");
        assert!(r.headers().get(header::ALLOW).unwrap().to_str().unwrap().contains("GET"), "{path}");
    }
    let page = client.get(format!("http://{addr}/some/page")).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    assert!(page.headers().get(header::CONTENT_SECURITY_POLICY).is_some());
}

on_both_databases!(
    numbers_and_tokens_as_json_means_them,
    the_web_app_and_the_api_answer_other_methods_alike,
    a_nul_character_is_refused_naming_its_field_everywhere,
    every_answer_carries_the_security_headers,
    methods_schemes_and_if_match_as_the_standards_say,
    a_body_that_stops_arriving_is_answered_408,
);
