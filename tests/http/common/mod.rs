//! The HTTP test harness: the whole app in-process on a fresh database per test, on SQLite and
//! on PostgreSQL (a throwaway cluster from scripts/with-postgres.sh; each test gets its own
//! database).
#![allow(dead_code)]

use actix_web::body::{to_bytes, BoxBody};
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::test::{self, TestRequest};
use actix_web::web;
use coachfolio_api::auth::tokens::Keys;
use coachfolio_api::storage::Storage;
use coachfolio_api::{demo, AppState};
use coachfolio_persistence::{Backend, Db};
use futures_util::future::LocalBoxFuture;
use serde_json::{json, Value};
use std::rc::Rc;

#[path = "pdf.rs"]
pub mod pdf;
pub mod s3;

pub const SECRET: &[u8] = b"test-secret-test-secret-test-secret-0123";
pub const DEMO: &str = demo::DEMO_PASSWORD;

type Call = Rc<dyn Fn(actix_http::Request) -> LocalBoxFuture<'static, ServiceResponse<BoxBody>>>;

pub struct TestApp {
    call: Call,
    pub db: Db,
    _dir: Option<tempfile::TempDir>,
    /// The data directory's documents folder (accepting files up to [`MAX_UPLOAD`] bytes).
    files: tempfile::TempDir,
    /// The S3-compatible server keeping the documents instead, when the suite runs on one.
    s3: Option<s3::S3Server>,
}

/// Where a test app keeps its documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Files {
    Local,
    ObjectStorage,
}

/// The tests' upload limit: 1 MB, so the limit is tested without 20 MB files.
pub const MAX_UPLOAD: u64 = 1024 * 1024;

/// A response: status, JSON body (Null when empty) and headers.
pub struct Res {
    pub status: StatusCode,
    pub body: Value,
    pub headers: header::HeaderMap,
}

impl Res {
    pub fn etag(&self) -> String {
        self.headers.get(header::ETAG).expect("ETag").to_str().unwrap().to_string()
    }
    /// The problem body's field names.
    pub fn fields(&self) -> Vec<String> {
        self.body["errors"]
            .as_array()
            .map(|a| a.iter().map(|e| e["field"].as_str().unwrap().to_string()).collect())
            .unwrap_or_default()
    }
    #[track_caller]
    pub fn expect(self, status: u16) -> Res {
        assert_eq!(self.status.as_u16(), status, "unexpected status; body: {}", self.body);
        if status >= 400 {
            assert_eq!(
                self.headers.get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap()),
                Some("application/problem+json"),
                "errors answer problem+json"
            );
            assert_eq!(self.body["status"], status, "problem body carries the status");
            assert!(self.body["title"].is_string() && self.body["detail"].is_string() && self.body["type"].is_string());
        }
        self
    }
    /// Asserts a problem naming `field`.
    #[track_caller]
    pub fn expect_field(self, status: u16, field: &str) -> Res {
        let r = self.expect(status);
        assert!(r.fields().iter().any(|f| f == field), "expected field {field} in {}", r.body);
        r
    }
}

impl TestApp {
    /// Sends a multipart form (an upload).
    pub async fn send_multipart(
        &self,
        method: Method,
        path: &str,
        token: &str,
        etag: Option<&str>,
        form: (String, Vec<u8>),
    ) -> Res {
        let mut req = TestRequest::default()
            .method(method)
            .uri(path)
            .insert_header((header::AUTHORIZATION, format!("Bearer {token}")))
            .insert_header((header::CONTENT_TYPE, form.0))
            .set_payload(form.1);
        if let Some(v) = etag {
            req = req.insert_header((header::IF_MATCH, v.to_string()));
        }
        self.send(req).await
    }

    pub async fn sqlite() -> TestApp {
        TestApp::sqlite_with(Files::Local).await
    }

    pub async fn postgres() -> Option<TestApp> {
        TestApp::postgres_with(Files::Local).await
    }

    pub async fn sqlite_with(files: Files) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(Backend::Sqlite(dir.path().join("test.db")), 4).unwrap();
        TestApp::with(db, Some(dir), files, true).await
    }

    /// An installation that sends no email (no SMTP configured).
    pub async fn sqlite_email_off() -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(Backend::Sqlite(dir.path().join("test.db")), 4).unwrap();
        TestApp::with(db, Some(dir), Files::Local, false).await
    }

    /// `None` (skipped) when no cluster is configured outside CI; in CI that is a failure.
    pub async fn postgres_with(files: Files) -> Option<TestApp> {
        let Ok(base) = std::env::var("COACHFOLIO_TEST_DATABASE_URL") else {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("COACHFOLIO_TEST_DATABASE_URL is not set: CI must run the PostgreSQL suites (use scripts/with-postgres.sh)");
            }
            eprintln!("PostgreSQL suite SKIPPED: COACHFOLIO_TEST_DATABASE_URL is not set");
            return None;
        };
        let name = format!("t_{}", uuid::Uuid::new_v4().simple());
        {
            use diesel::{Connection, PgConnection, RunQueryDsl};
            let mut admin = PgConnection::establish(&base).expect("connect to the test cluster");
            diesel::sql_query(format!("CREATE DATABASE {name}")).execute(&mut admin).unwrap();
        }
        let url = match base.rfind('/') {
            Some(i) => format!("{}/{name}", &base[..i]),
            None => panic!("COACHFOLIO_TEST_DATABASE_URL needs a database path"),
        };
        let db = Db::open(Backend::Postgres(url), 4).unwrap();
        Some(TestApp::with(db, None, files, true).await)
    }

    /// The app on `db`; with `email`, as with SMTP configured (the outbox is what the suites
    /// read; the email suites run the delivery worker themselves).
    async fn with(db: Db, dir: Option<tempfile::TempDir>, kind: Files, email: bool) -> TestApp {
        demo::seed_if_empty(&db, true).unwrap();
        let files = tempfile::tempdir().unwrap();
        let s3 = (kind == Files::ObjectStorage).then(s3::S3Server::start);
        let storage = match &s3 {
            None => Storage::local(files.path().to_path_buf(), MAX_UPLOAD).unwrap(),
            Some(server) => Storage::bucket(&server.config, files.path().join("incoming"), MAX_UPLOAD).unwrap(),
        };
        let (mut state, _read_audit) = AppState::new(db.clone(), Keys::new(SECRET, 900, 3600), storage);
        state.email = email;
        let state = web::Data::new(state);
        let svc = Rc::new(
            test::init_service(coachfolio_api::app(
                state,
                Default::default(),
                coachfolio_api::Serving::new("/nonexistent-static"),
            ))
            .await,
        );
        let call: Call = Rc::new(move |req| {
            let svc = svc.clone();
            Box::pin(
                async move { svc.call(req).await.map(|r| r.map_into_boxed_body()).unwrap_or_else(|e| panic!("{e}")) },
            )
        });
        TestApp { call, db, _dir: dir, files, s3 }
    }

    /// The documents kept (a folder, or the bucket's objects), uploads in progress excluded.
    pub fn stored_files(&self) -> Vec<String> {
        let dir = self.s3.as_ref().map_or_else(|| self.files.path().to_path_buf(), |s| s.objects());
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().unwrap().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect()
    }

    /// Uploads in progress (temporary files).
    pub fn incoming(&self) -> usize {
        std::fs::read_dir(self.files.path().join("incoming")).unwrap().count()
    }

    pub async fn send(&self, req: TestRequest) -> Res {
        let res = (self.call)(req.to_request()).await;
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = to_bytes(res.into_body()).await.unwrap_or_default();
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()))
        };
        Res { status, body, headers }
    }

    /// The response's status, bytes and headers (a download).
    pub async fn raw(&self, req: TestRequest) -> (StatusCode, Vec<u8>, header::HeaderMap) {
        let res = (self.call)(req.to_request()).await;
        let (status, headers) = (res.status(), res.headers().clone());
        (status, to_bytes(res.into_body()).await.unwrap_or_default().to_vec(), headers)
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
        if_match: Option<&str>,
    ) -> Res {
        let mut req = TestRequest::default().method(method).uri(path);
        if let Some(t) = token {
            req = req.insert_header((header::AUTHORIZATION, format!("Bearer {t}")));
        }
        if let Some(v) = if_match {
            req = req.insert_header((header::IF_MATCH, v.to_string()));
        }
        if let Some(b) = body {
            req = req.insert_header((header::CONTENT_TYPE, "application/json")).set_payload(b.to_string());
        }
        self.send(req).await
    }

    pub async fn get(&self, path: &str, token: &str) -> Res {
        self.call(Method::GET, path, Some(token), None, None).await
    }
    pub async fn post(&self, path: &str, token: &str, body: Value) -> Res {
        self.call(Method::POST, path, Some(token), Some(body), None).await
    }
    pub async fn patch(&self, path: &str, token: &str, etag: &str, body: Value) -> Res {
        self.call(Method::PATCH, path, Some(token), Some(body), Some(etag)).await
    }

    pub async fn sign_in(&self, login: &str, password: &str) -> Res {
        self.call(Method::POST, "/api/auth/login", None, Some(json!({"login": login, "password": password})), None)
            .await
    }

    /// An access token for a demo account.
    pub async fn token(&self, username: &str) -> String {
        let r = self.sign_in(username, DEMO).await.expect(200);
        r.body["access_token"].as_str().unwrap().to_string()
    }

    /// The demo program's id.
    pub async fn program(&self, token: &str) -> String {
        let r = self.get("/api/programs", token).await.expect(200);
        r.body[0]["id"].as_str().unwrap().to_string()
    }

    /// The demo program's enrollment of `candidate` (username).
    pub async fn enrollment_of(&self, staff_token: &str, candidate: &str) -> Value {
        let p = self.program(staff_token).await;
        let r = self.get(&format!("/api/programs/{p}/enrollments?per_page=100"), staff_token).await.expect(200);
        r.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["candidate"]["username"] == candidate)
            .cloned()
            .expect("enrolled")
    }

    /// The id of a demo account.
    pub async fn user_id(&self, username: &str) -> String {
        let admin = self.token("admin").await;
        let r = self.get(&format!("/api/users?q={username}"), &admin).await.expect(200);
        r.body["items"].as_array().unwrap().iter().find(|u| u["username"] == username).expect("account")["id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// Creates an account (temporary password) and returns its id.
    pub async fn new_account(&self, token: &str, username: &str) -> String {
        let r = self
            .post(
                "/api/users",
                token,
                json!({
                    "email": format!("{username}@example.org"), "username": username,
                    "display_name": format!("Test {username}"), "temporary_password": "temporary-pass-42"
                }),
            )
            .await
            .expect(201);
        r.body["id"].as_str().unwrap().to_string()
    }

    /// Signs in to an account made by [`Self::new_account`], chooses a password as the first
    /// sign-in requires, and returns the new access token.
    pub async fn first_password(&self, username: &str) -> String {
        let s = self.sign_in(username, "temporary-pass-42").await.expect(200);
        let pw = json!({"current_password": "temporary-pass-42", "new_password": "a private passphrase"});
        let r = self.post("/api/auth/password", s.body["access_token"].as_str().unwrap(), pw).await.expect(200);
        r.body["access_token"].as_str().unwrap().to_string()
    }

    /// Runs a demo candidate's Program Completion Verification to its end: the district
    /// representative and the coordinator confirm every item (giving a reason where the
    /// records do not show it met), then the candidate, coach.rivera, the district
    /// representative and the coordinator sign. The enrollment is then completed.
    pub async fn complete(&self, candidate: &str) -> Value {
        let coord = self.token("coordinator").await;
        let eid = self.enrollment_of(&coord, candidate).await["id"].as_str().unwrap().to_string();
        let path = format!("/api/enrollments/{eid}/completion");
        let mut form = self.get(&path, &coord).await.expect(200);
        for who in ["district.rep", "coordinator"] {
            let token = self.token(who).await;
            let items: Vec<Value> = form.body["items"].as_array().unwrap().clone();
            for item in items.iter().filter(|i| i["on_the_form"] == true) {
                let reason = (item["state"] != "met").then_some("verified by hand");
                let body = json!({"item": item["item"], "reason": reason});
                form = self
                    .call(Method::POST, &format!("{path}/confirmations"), Some(&token), Some(body), Some(&form.etag()))
                    .await
                    .expect(200);
            }
        }
        for (who, signer) in [
            (candidate, "candidate"),
            ("coach.rivera", "coach"),
            ("district.rep", "district_representative"),
            ("coordinator", "coordinator"),
        ] {
            let token = self.token(who).await;
            let body = json!({"signer": signer});
            form = self
                .call(Method::POST, &format!("{path}/signatures"), Some(&token), Some(body), Some(&form.etag()))
                .await
                .expect(200);
        }
        form.body
    }

    /// A second program (with a cohort, a district, a coordinator `coord2`) to test isolation.
    pub async fn other_program(&self) -> (String, String, String) {
        let admin = self.token("admin").await;
        let p = self
            .post("/api/programs", &admin, json!({"name": "Other County CASC", "organisation": "Other COE"}))
            .await
            .expect(201);
        let pid = p.body["id"].as_str().unwrap().to_string();
        let cohort = self
            .post(
                &format!("/api/programs/{pid}/cohorts"),
                &admin,
                json!({"label": "Cohort A", "start_date": "2025-09-01"}),
            )
            .await
            .expect(201);
        let district = self
            .post(&format!("/api/programs/{pid}/districts"), &admin, json!({"name": "Far Unified", "county": "Other"}))
            .await
            .expect(201);
        (pid, cohort.body["id"].as_str().unwrap().into(), district.body["id"].as_str().unwrap().into())
    }
}

/// Declares each listed `async fn name(t: TestApp)` as a test on SQLite and on PostgreSQL, with
/// the documents in the data directory and in an S3-compatible server.
#[macro_export]
macro_rules! on_both_databases_and_storages {
    ($($name:ident),* $(,)?) => {
        on_both_databases!($($name),*);
        mod object_storage {
            mod sqlite {
                $( #[actix_web::test] async fn $name() {
                    super::super::$name($crate::common::TestApp::sqlite_with($crate::common::Files::ObjectStorage).await).await
                } )*
            }
            mod postgres {
                $( #[actix_web::test] async fn $name() {
                    let files = $crate::common::Files::ObjectStorage;
                    if let Some(t) = $crate::common::TestApp::postgres_with(files).await { super::super::$name(t).await }
                } )*
            }
        }
    };
}

/// Declares each listed `async fn name(t: TestApp)` as a test on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[actix_web::test] async fn $name() { super::$name($crate::common::TestApp::sqlite().await).await } )*
        }
        mod postgres {
            $( #[actix_web::test] async fn $name() {
                if let Some(t) = $crate::common::TestApp::postgres().await { super::$name(t).await }
            } )*
        }
    };
}

/// A one-page PDF saying `text`, with a correct cross-reference table.
pub fn pdf(text: &str) -> Vec<u8> {
    pdf::one_page(text, 0)
}

/// A multipart body of text fields and, last, a file part.
pub fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> (String, Vec<u8>) {
    let boundary = "coachfolio-test-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").bytes(),
        );
    }
    if let Some((name, bytes)) = file {
        body.extend(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/pdf\r\n\r\n"
            )
            .bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend(b"\r\n");
    }
    body.extend(format!("--{boundary}--\r\n").bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}
