//! Several servers on one PostgreSQL, as behind a load balancer: two `coachfolio` processes
//! started here on a throwaway database (scripts/with-postgres.sh) beside a real SMTP server
//! (scripts/with-smtp.sh). Notifications made through both are each emailed exactly once, and
//! a sign-out or a disabled account on one server refuses the token on the other at once (well
//! within the ten seconds a server may keep a session it saw live). Both start at once, as a
//! deployment starts them: migrations and the first-start data are made once; and each stops
//! cleanly when told to.

use awc::Client;
use serde_json::{json, Value};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const DEMO: &str = coachfolio_api::demo::DEMO_PASSWORD;

/// A server process, stopped when dropped.
struct Server {
    child: Child,
    url: String,
    _data: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Starts a server on `database` and waits until it answers.
async fn start(database: &str, smtp: &str) -> Server {
    let data = tempfile::tempdir().unwrap();
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_coachfolio"))
        .env("DATABASE_URL", database)
        .env("COACHFOLIO_BIND", format!("127.0.0.1:{port}"))
        .env("COACHFOLIO_DATA_DIR", data.path())
        .env("COACHFOLIO_STATIC_DIR", data.path().join("no-web-app"))
        // What every server must share: the signing key, the database, the mail settings.
        .env("COACHFOLIO_JWT_SECRET", "several-servers-share-this-signing-key-0123")
        .env("COACHFOLIO_SMTP_URL", smtp)
        .env("COACHFOLIO_MAIL_FROM", "Coachfolio <noreply@coachfolio.example.org>")
        .env("COACHFOLIO_PUBLIC_URL", "https://coachfolio.example.org")
        .env("COACHFOLIO_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("start the server");
    let server = Server { child, url: format!("http://127.0.0.1:{port}"), _data: data };
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(r) = Client::default().get(format!("{}/health", server.url)).send().await {
            if r.status().is_success() {
                return server;
            }
        }
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server at {} did not start", server.url);
}

/// Sends a request; the status and the JSON body (Null when empty).
async fn call(server: &Server, method: &str, path: &str, token: Option<&str>, body: Option<Value>) -> (u16, Value) {
    let mut req = Client::default()
        .request(method.parse().unwrap(), format!("{}/api{path}", server.url))
        .timeout(Duration::from_secs(30));
    if let Some(t) = token {
        req = req.insert_header(("Authorization", format!("Bearer {t}")));
    }
    let mut res = match body {
        Some(b) => req.send_json(&b).await,
        None => req.send().await,
    }
    .expect("the server answers");
    let bytes = res.body().limit(10 << 20).await.unwrap();
    (res.status().as_u16(), serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

async fn sign_in(server: &Server, login: &str) -> String {
    let (status, body) =
        call(server, "POST", "/auth/login", None, Some(json!({"login": login, "password": DEMO}))).await;
    assert_eq!(status, 200, "{body}");
    body["access_token"].as_str().unwrap().to_string()
}

/// Waits until `server` refuses `token`, for at most `within`.
async fn refused_within(server: &Server, token: &str, within: Duration) -> bool {
    let deadline = Instant::now() + within;
    loop {
        if call(server, "GET", "/me", Some(token), None).await.0 == 401 {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A fresh database on the test cluster, or `None` (skipped) outside CI without one.
fn database() -> Option<String> {
    let Ok(base) = std::env::var("COACHFOLIO_TEST_DATABASE_URL") else {
        assert_ne!(std::env::var("CI").as_deref(), Ok("true"), "CI must run the PostgreSQL suites");
        eprintln!("several-servers suite SKIPPED: COACHFOLIO_TEST_DATABASE_URL is not set");
        return None;
    };
    let name = format!("t_{}", uuid::Uuid::new_v4().simple());
    {
        use diesel::{Connection, PgConnection, RunQueryDsl};
        let mut admin = PgConnection::establish(&base).expect("connect to the test cluster");
        diesel::sql_query(format!("CREATE DATABASE {name}")).execute(&mut admin).unwrap();
    }
    Some(format!("{}/{name}", &base[..base.rfind('/').unwrap()]))
}

fn smtp() -> Option<(String, PathBuf)> {
    match (std::env::var("COACHFOLIO_TEST_SMTP_URL"), std::env::var("COACHFOLIO_TEST_MAILDIR")) {
        (Ok(url), Ok(dir)) => Some((url, PathBuf::from(dir))),
        _ => {
            assert_ne!(std::env::var("CI").as_deref(), Ok("true"), "CI must run the email suites");
            eprintln!("several-servers suite SKIPPED: COACHFOLIO_TEST_SMTP_URL is not set");
            None
        }
    }
}

/// How many received messages carry the Message-ID of notification `id`.
fn copies(maildir: &Path, id: &str) -> usize {
    let needle = format!("Message-ID: <{id}@coachfolio>").to_ascii_lowercase();
    ["new", "cur"]
        .iter()
        .flat_map(|sub| std::fs::read_dir(maildir.join(sub)).into_iter().flatten().flatten())
        .filter(|e| std::fs::read_to_string(e.path()).unwrap_or_default().to_ascii_lowercase().contains(&needle))
        .count()
}

#[actix_web::test]
async fn two_servers_share_the_outbox_and_the_sign_outs() {
    let (Some(database), Some((smtp_url, maildir))) = (database(), smtp()) else { return };
    // Started at once: one migrates and makes the demo data, the other waits and finds it.
    let (a, b) = futures_util::join!(start(&database, &smtp_url), start(&database, &smtp_url));

    // Follow-up messages through both servers, each telling its candidate.
    let coord_a = sign_in(&a, "coordinator").await;
    let coord_b = sign_in(&b, "coordinator").await;
    let (_, programs) = call(&a, "GET", "/programs", Some(&coord_a), None).await;
    let program = programs[0]["id"].as_str().unwrap();
    let (_, enrollments) =
        call(&a, "GET", &format!("/programs/{program}/enrollments?per_page=100"), Some(&coord_a), None).await;
    let enrollments: Vec<&str> =
        enrollments["items"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    for i in 0..48 {
        let (server, token) = if i % 2 == 0 { (&a, &coord_a) } else { (&b, &coord_b) };
        let path = format!("/enrollments/{}/follow-ups", enrollments[i % enrollments.len()]);
        let (status, body) =
            call(server, "POST", &path, Some(token), Some(json!({"message": format!("Message {i}")}))).await;
        assert_eq!(status, 201, "{body}");
    }

    // Both servers' workers deliver; each notification is emailed exactly once.
    let admin = sign_in(&b, "admin").await;
    let deadline = Instant::now() + Duration::from_secs(90);
    let sent = loop {
        let (_, pending) =
            call(&b, "GET", "/notification-deliveries?email_status=pending&per_page=100", Some(&admin), None).await;
        let (_, sending) =
            call(&b, "GET", "/notification-deliveries?email_status=sending&per_page=100", Some(&admin), None).await;
        if pending["total"] == 0 && sending["total"] == 0 {
            let (_, sent) =
                call(&a, "GET", "/notification-deliveries?email_status=sent&per_page=100", Some(&admin), None).await;
            break sent;
        }
        assert!(Instant::now() < deadline, "still waiting to be sent: {pending} {sending}");
        actix_web::rt::time::sleep(Duration::from_millis(250)).await;
    };
    let follow_ups: Vec<&Value> =
        sent["items"].as_array().unwrap().iter().filter(|d| d["kind"] == "follow_up").collect();
    assert_eq!(follow_ups.len(), 48, "every follow-up was sent");
    for d in follow_ups {
        assert_eq!(copies(&maildir, d["id"].as_str().unwrap()), 1, "emailed exactly once: {d}");
    }

    // A sign-out on one server ends the session on the other, which had it cached.
    let cand_a = sign_in(&a, "cand.alvarez").await;
    assert_eq!(call(&b, "GET", "/me", Some(&cand_a), None).await.0, 200);
    assert_eq!(call(&a, "POST", "/auth/logout", Some(&cand_a), Some(json!({}))).await.0, 204);
    assert!(refused_within(&b, &cand_a, Duration::from_secs(3)).await, "signed out on A, still in on B");

    // An account disabled on one server is refused by the other.
    let brooks = sign_in(&b, "cand.brooks").await;
    assert_eq!(call(&a, "GET", "/me", Some(&brooks), None).await.0, 200);
    let (_, users) = call(&a, "GET", "/users?q=cand.brooks", Some(&admin), None).await;
    let user = users["items"].as_array().unwrap().iter().find(|u| u["username"] == "cand.brooks").unwrap();
    let res = Client::default()
        .patch(format!("{}/api/users/{}", b.url, user["id"].as_str().unwrap()))
        .insert_header(("Authorization", format!("Bearer {admin}")))
        .insert_header(("If-Match", format!("\"{}\"", user["version"])))
        .send_json(&json!({"status": "disabled"}))
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200, "disable the account");
    assert!(refused_within(&a, &brooks, Duration::from_secs(3)).await, "disabled on B, still in on A");

    // Told to stop (as a deployment does), each server finishes its work and exits.
    for mut server in [a, b] {
        let stopped = Command::new("kill").arg("-TERM").arg(server.child.id().to_string()).status().unwrap();
        assert!(stopped.success());
        let deadline = Instant::now() + Duration::from_secs(30);
        let status = loop {
            if let Some(status) = server.child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "the server at {} did not stop", server.url);
            actix_web::rt::time::sleep(Duration::from_millis(100)).await;
        };
        assert!(status.success(), "stopped cleanly: {status}");
    }
}
