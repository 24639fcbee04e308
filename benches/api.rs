//! `make bench`: a program of 2,000 candidates and 200,000 coaching logs on SQLite, served by
//! the real server on loopback, measured from a client in the same process.
//!
//! - requests per second reading one coaching log as its coach (token check, access check,
//!   queries, the audited read) against the bare `/health` rate, and their ratio;
//! - p50/p99 latency of a candidate's ledger, of the program hours table, and of the program's
//!   view of every candidate's reflections and ILPs;
//! - requests per second saving one reflection element (the form's autosave), 32 candidates at
//!   once, against `/health`;
//! - p50/p99 latency of the program's meeting counts (every candidate marked at year 1's eight
//!   meetings), of the portfolio review (every candidate's follow-ups and completion items) and
//!   of one candidate's completion verification;
//! - p50/p99 latency of the "what's next" list each home starts with, as a candidate, a coach
//!   and the coordinator of every candidate;
//! - uploads of a 1 MB PDF to an e-portfolio, 4 at once (per second), and the server's memory
//!   before and after (it streams each file to disk);
//! - every candidate registering themself for one of 40 events at once (32 connections):
//!   registrations per second, and that no event took more than its places.
//!
//! Figures and how to read them: docs/benchmarks.md. Sizes can be changed with
//! `BENCH_CANDIDATES`, `BENCH_LOGS_PER_CANDIDATE` and `BENCH_SECONDS`.

use actix_web::{web, HttpServer};
use coachfolio_api::auth::tokens::Keys;
use coachfolio_api::storage::Storage;
use coachfolio_api::{demo, AppState};
use coachfolio_domain::attendance::AttendanceStatus;
use coachfolio_domain::coaching_log::LogMode;
use coachfolio_domain::event::{Audience, EventKind, RegistrationState};
use coachfolio_domain::ids::{EnrollmentId, EventId, LogId, ProgramId, ReflectionId};
use coachfolio_domain::ilp::IlpStatus;
use coachfolio_domain::reflection::{Entries, Entry, Rating, ReflectionStatus, Term};
use coachfolio_domain::role::Role;
use coachfolio_domain::standards::cpsel;
use coachfolio_persistence::attendance::{self, AttendanceMark, NewAttendance};
use coachfolio_persistence::coaching_logs::{self, LogForm, NewLog};
use coachfolio_persistence::enrollments::{self, AssignmentRow, NewEnrollment};
use coachfolio_persistence::events::{self, EventForm, NewEvent};
use coachfolio_persistence::ilps::{self, IlpForm, NewIlp};
use coachfolio_persistence::memberships::{self, MembershipRow};
use coachfolio_persistence::reflections::{self, NewReflection};
use coachfolio_persistence::users::{self, NewUser};
use coachfolio_persistence::{cohorts, districts, now, programs, Backend, Db, Json, StoreError};
use std::time::{Duration, Instant};

#[path = "../tests/http/common/pdf.rs"]
mod pdf;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

struct Seeded {
    program: ProgramId,
    log: LogId,
    enrollment: EnrollmentId,
    /// The interim reflections in progress of the first candidates (for the autosave rate).
    interims: Vec<(String, ReflectionId)>,
    /// Candidate cohort meetings open for registration, and the places each has.
    events: Vec<EventId>,
    places: u32,
}

/// How many events the candidates register for at once.
const EVENTS: usize = 40;

/// How many candidates autosave their reflections at once (one connection each).
const WRITERS: usize = 32;

/// A submitted initial reflection: every element rated, with a sentence of evidence.
fn initial_entries() -> Entries {
    cpsel()
        .standards
        .iter()
        .flat_map(|s| &s.elements)
        .enumerate()
        .map(|(i, e)| {
            let entry = Entry {
                rating: Some(Rating::Level((i % 4) as u8)),
                evidence: format!("{}: what I have done on this so far, with the evidence.", e.title),
                next_steps: "One next step to talk over with my coach.".into(),
            };
            (e.code.clone(), entry)
        })
        .collect()
}

/// A candidates' event of `kind` (the `k`th) at `starts`, two and a half hours long.
fn event_form(kind: EventKind, k: usize, starts: time::PrimitiveDateTime, capacity: Option<i32>) -> EventForm {
    EventForm {
        kind,
        title: format!("{kind} {k}"),
        description: String::new(),
        cohort_id: None,
        district_id: None,
        audience: Audience::Candidates,
        location_name: String::new(),
        location_room: String::new(),
        location_address: String::new(),
        starts_at: starts,
        ends_at: starts + time::Duration::minutes(150),
        capacity,
        registration_opens_at: None,
        registration_closes_at: None,
        credited_minutes: 150,
    }
}

/// The demo program plus `candidates` candidates (50 per coach), each with `per` logs.
fn seed(db: &Db, candidates: usize, per: usize) -> Seeded {
    demo::seed_if_empty(db, true).unwrap();
    db.write(|c| {
        let program = programs::list(c, None)?.remove(0);
        let cohort = cohorts::list(c, program.id)?.remove(0);
        let district = districts::list(c, program.id)?.remove(0);
        let hash = users::find_by_login(c, "cand.diaz")?.unwrap().password_hash;
        let at = now();
        let mut user = |name: String, role: Role| {
            let email = format!("{name}@bench.invalid");
            let new = NewUser { must_change_password: false, ..NewUser::new(&email, &name, &name, hash.clone()) };
            let u = users::insert(c, &new)?;
            memberships::insert(c, &MembershipRow::new(u.id, program.id, role, None))?;
            Ok::<_, StoreError>(u)
        };
        let coaches = (0..candidates.div_ceil(50))
            .map(|k| user(format!("bench.coach{k}"), Role::Coach))
            .collect::<Result<Vec<_>, _>>()?;
        let candidates =
            (0..candidates).map(|i| user(format!("bench.cand{i}"), Role::Candidate)).collect::<Result<Vec<_>, _>>()?;
        let mut first = None;
        let mut interims = Vec::new();
        let initial = initial_entries();
        for (i, cand) in candidates.iter().enumerate() {
            let e = enrollments::insert(
                c,
                &NewEnrollment::new(program.id, cand.id, cohort.id, district.id, cohort.start_date),
            )?;
            let coach = &coaches[i / 50];
            enrollments::insert_assignment(c, &AssignmentRow::new(e.id, coach.id, e.start_date))?;
            let logs: Vec<NewLog> = (0..per)
                .map(|n| {
                    let day = e.start_date + time::Duration::days((n * 4) as i64);
                    let face = n % 3 != 0;
                    let draft = NewLog::draft(&e, coach.id);
                    let mut form = LogForm {
                        meeting_date: Some(day),
                        start_minute: Some(15 * 60),
                        duration_minutes: Some(60),
                        mode: Some(if face { LogMode::FaceToFace } else { LogMode::Phone }),
                        activity_codes: Json(vec!["A".into()]),
                        standards: Json(vec![1, 2]),
                        focus: "Observation cycle with the grade-level team; celebrating attendance gains.".into(),
                        candidate_next_steps: "Schedule follow-up observations.".into(),
                        coach_next_steps: "Bring the protocol.".into(),
                        follow_up_done: Some(true),
                        ..LogForm::default()
                    };
                    form.derive();
                    let flow = coachfolio_domain::coaching_log::LogFlow::from(draft.signed.clone())
                        .submit(coach.id, at)
                        .and_then(|f| f.acknowledge(cand.id, at, None))
                        .expect("a draft is submitted and acknowledged");
                    NewLog { form, signed: flow.into(), version: 3, ..draft }
                })
                .collect();
            coaching_logs::insert_many(c, &logs)?;
            if first.is_none() {
                first = Some((logs[0].id, e.id));
            }
            let mut submitted = NewReflection::start(&e, Term::Initial);
            submitted.entries = Json(initial.clone());
            submitted.status = ReflectionStatus::Submitted;
            submitted.complete_elements = 19;
            reflections::insert(c, &submitted)?;
            if interims.len() < WRITERS {
                let interim = reflections::insert(c, &NewReflection::start(&e, Term::Interim))?;
                interims.push((cand.username.clone(), interim.id));
            }
            let plan = NewIlp {
                status: IlpStatus::Active,
                ..NewIlp::draft(&e, cand.id, 1, coachfolio_persistence::now().date())
            };
            ilps::insert(c, &NewIlp { form: IlpForm { standards: Json(vec![2, 5]), ..plan.form.clone() }, ..plan })?;
        }
        let (log, enrollment) = first.unwrap();
        // Four places in five: every event fills and keeps a waitlist.
        let places = (candidates.len() / EVENTS * 4 / 5).max(1) as u32;
        let starts = time::macros::datetime!(2030-09-24 17:30);
        let events = (0..EVENTS)
            .map(|k| {
                let form = event_form(EventKind::CohortMeeting, k, starts, Some(places as i32));
                Ok(events::insert(c, &NewEvent::new(program.id, form, coaches[0].id))?.id)
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        // Year 1's meetings, held, with every candidate marked (one in seven absent).
        let held = [
            EventKind::Orientation,
            EventKind::CohortMeeting,
            EventKind::ProfessionalLearning,
            EventKind::CohortMeeting,
            EventKind::CohortMeeting,
            EventKind::ProfessionalLearning,
            EventKind::CohortMeeting,
            EventKind::EndOfYear,
        ];
        let first_day = time::PrimitiveDateTime::new(cohort.start_date, time::macros::time!(17:30));
        for (k, kind) in held.into_iter().enumerate() {
            let form = event_form(kind, k, first_day + time::Duration::days(40 * k as i64), None);
            let event = events::insert(c, &NewEvent::new(program.id, form, coaches[0].id))?;
            let marks: Vec<_> = candidates
                .iter()
                .enumerate()
                .map(|(i, cand)| {
                    let status = if (i + k) % 7 == 0 { AttendanceStatus::Absent } else { AttendanceStatus::Attended };
                    let mark = AttendanceMark {
                        status,
                        note: String::new(),
                        credited_minutes: if status == AttendanceStatus::Attended { 150 } else { 0 },
                        makeup_event_id: None,
                        makeup_on: None,
                        makeup_note: String::new(),
                    };
                    NewAttendance::new(event.id, program.id, cand.id, false, mark, coaches[0].id)
                })
                .collect();
            attendance::insert(c, &marks)?;
        }
        Ok::<_, StoreError>(Seeded { program: program.id, log, enrollment, interims, events, places })
    })
    .unwrap()
}

/// Requests a second over `clients` (one keep-alive connection each, kept between calls) for
/// `seconds`.
async fn rate(clients: &[awc::Client], url: &str, token: Option<&str>, seconds: u64) -> f64 {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let workers = clients.iter().map(|client| async move {
        let mut n = 0u64;
        while Instant::now() < deadline {
            let mut req = client.get(url);
            if let Some(t) = token {
                req = req.bearer_auth(t);
            }
            let mut res = req.send().await.expect("request");
            assert!(res.status().is_success(), "{url}: {}", res.status());
            res.body().limit(64 << 20).await.expect("body");
            n += 1;
        }
        n
    });
    let total: u64 = futures_util::future::join_all(workers).await.into_iter().sum();
    total as f64 / seconds as f64
}

/// Saves per second, each client saving one element after another of its own reflection with
/// the version it last got back (as the form's autosave does).
async fn autosave_rate(clients: &[awc::Client], drafts: &mut [(String, String, i32)], seconds: u64) -> f64 {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let codes: Vec<&str> = cpsel().standards.iter().flat_map(|s| &s.elements).map(|e| e.code.as_str()).collect();
    let codes = &codes;
    let workers = clients.iter().zip(drafts.iter_mut()).map(|(client, (url, token, version))| async move {
        let mut n = 0usize;
        while Instant::now() < deadline {
            let body = serde_json::json!({"entries": {codes[n % codes.len()]: {
                "rating": n % 5, "evidence": format!("Evidence, draft {n}"), "next_steps": ""}}});
            let mut res = client
                .patch(url.as_str())
                .bearer_auth(token.as_str())
                .insert_header(("If-Match", format!("\"{version}\"")))
                .send_json(&body)
                .await
                .expect("request");
            assert!(res.status().is_success(), "{url}: {}", res.status());
            let etag = res.headers().get("etag").and_then(|v| v.to_str().ok()).unwrap_or_default();
            *version = etag.trim_matches('"').parse().expect("an ETag");
            res.body().limit(1 << 20).await.expect("body");
            n += 1;
        }
        n as u64
    });
    let total: u64 = futures_util::future::join_all(workers).await.into_iter().sum();
    total as f64 / seconds as f64
}

/// The server's resident memory (it runs in this process), in MB.
fn resident_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

/// Uploads per second of one PDF to the candidate's e-portfolio, `clients` at once.
async fn upload_rate(clients: &[awc::Client], url: &str, token: &str, file: &[u8], seconds: u64) -> f64 {
    let boundary = "bench-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\npl_sign_in_sheet\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nPL day\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"activity_date\"\r\n\r\n2026-10-03\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"day.pdf\"\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(file);
    body.extend(format!("\r\n--{boundary}--\r\n").bytes());
    let body = actix_web::web::Bytes::from(body);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let workers = clients.iter().map(|client| {
        let body = body.clone();
        async move {
            let mut n = 0u64;
            while Instant::now() < deadline {
                let res = client
                    .post(url)
                    .bearer_auth(token)
                    .insert_header(("Content-Type", format!("multipart/form-data; boundary={boundary}")))
                    .send_body(body.clone())
                    .await
                    .expect("request");
                assert_eq!(res.status().as_u16(), 201, "{url}");
                n += 1;
            }
            n
        }
    });
    let total: u64 = futures_util::future::join_all(workers).await.into_iter().sum();
    total as f64 / seconds as f64
}

/// Every candidate (signed in: `tokens`) registers for event `i % EVENTS` at once, over the 32
/// connections: registrations per second.
async fn registration_rate(clients: &[awc::Client], base: &str, events: &[EventId], tokens: &[String]) -> f64 {
    let start = Instant::now();
    let workers = clients.iter().enumerate().map(|(w, client)| async move {
        for (i, token) in tokens.iter().enumerate().skip(w).step_by(clients.len()) {
            let url = format!("{base}/api/events/{}/registrations", events[i % events.len()]);
            let mut res =
                client.post(url.as_str()).bearer_auth(token).send_json(&serde_json::json!({})).await.expect("request");
            assert_eq!(res.status().as_u16(), 201, "{url}");
            res.body().limit(1 << 20).await.expect("body");
        }
    });
    futures_util::future::join_all(workers).await;
    tokens.len() as f64 / start.elapsed().as_secs_f64()
}

/// p50 and p99 of `samples` sequential requests, in milliseconds.
async fn latency(url: &str, token: &str, samples: usize) -> (f64, f64) {
    let client = awc::Client::builder().timeout(Duration::from_secs(60)).finish();
    let mut times = Vec::with_capacity(samples);
    for _ in 0..samples {
        let start = Instant::now();
        let mut res = client.get(url).bearer_auth(token).send().await.expect("request");
        assert!(res.status().is_success(), "{url}: {}", res.status());
        res.body().limit(256 << 20).await.expect("body");
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let at = |q: f64| times[((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1];
    (at(0.50), at(0.99))
}

fn main() {
    let candidates = env("BENCH_CANDIDATES", 2000);
    let per = env("BENCH_LOGS_PER_CANDIDATE", 100);
    let seconds = env("BENCH_SECONDS", 10) as u64;
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(Backend::Sqlite(dir.path().join("bench.db")), 16).unwrap();
    let t = Instant::now();
    let seeded = seed(&db, candidates, per);
    println!("seeded {candidates} candidates and {} logs in {:.1} s", candidates * per, t.elapsed().as_secs_f64());
    // A running server checkpoints its WAL as it goes; the one bulk seeding transaction left it
    // holding the whole database. Start from the steady state.
    // On a connection of its own: the pool's reads run in a transaction, where it cannot.
    {
        use diesel::connection::SimpleConnection;
        use diesel::Connection;
        let path = dir.path().join("bench.db");
        let mut c = diesel::SqliteConnection::establish(&path.to_string_lossy()).expect("the bench database");
        c.batch_execute("PRAGMA wal_checkpoint(TRUNCATE)").unwrap_or_else(|e| panic!("checkpoint: {e}"));
    }

    let (tx, rx) = std::sync::mpsc::channel();
    let server_db = db.clone();
    let files = dir.path().join("documents");
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let storage = Storage::local(files, 20 * 1024 * 1024).unwrap();
            let keys = Keys::new(b"bench-secret-bench-secret-bench-secret", 3600, 3600);
            let (state, _read_audit) = AppState::new(server_db, keys, storage);
            let state = web::Data::new(state);
            let access = web::Data::new(coachfolio_api::AccessCache::default());
            let server = HttpServer::new(move || {
                coachfolio_api::app(state.clone(), access.clone(), coachfolio_api::Serving::new("/nonexistent"))
            })
            .workers(2)
            .worker_max_blocking_threads(coachfolio_api::BLOCKING_THREADS_PER_WORKER)
            .bind(("127.0.0.1", 0))
            .unwrap();
            tx.send(server.addrs()[0]).unwrap();
            server.run().await.unwrap();
        })
    });
    let addr = rx.recv().unwrap();
    let base = format!("http://{addr}");

    actix_web::rt::System::new().block_on(async move {
        let client = awc::Client::default();
        let login = |name: &str| {
            let (client, base, name) = (&client, &base, name.to_string());
            async move {
                let mut res = client
                    .post(format!("{base}/api/auth/login"))
                    .send_json(&serde_json::json!({"login": name, "password": demo::DEMO_PASSWORD}))
                    .await
                    .unwrap();
                let body: serde_json::Value = res.json().await.unwrap();
                body["access_token"].as_str().unwrap().to_string()
            }
        };
        let coordinator = login("coordinator").await;
        let coach = login("bench.coach0").await;
        let candidate = login("bench.cand0").await;

        // This machine's speed drifts over minutes (it shares its cores), so the rates being
        // compared are measured in alternating windows, twice each, over the same keep-alive
        // connections. Windows of a few seconds: one-second slices measured /health low, as the
        // audit writer was still catching up on the previous slice's reads.
        let health_url = format!("{base}/health");
        let log_url = format!("{base}/api/coaching-logs/{}", seeded.log);
        let me_url = format!("{base}/api/me");
        let clients: Vec<_> =
            (0..32).map(|_| awc::Client::builder().timeout(Duration::from_secs(30)).finish()).collect();
        let mut drafts = Vec::new();
        for (username, id) in &seeded.interims {
            let token = login(username).await;
            drafts.push((format!("{base}/api/reflections/{id}"), token, 1));
        }
        let window = (seconds / 2).max(1);
        let (mut health, mut log, mut me, mut save) = (0.0, 0.0, 0.0, 0.0);
        for _ in 0..2 {
            health += rate(&clients, &health_url, None, window).await / 2.0;
            log += rate(&clients, &log_url, Some(&coach), window).await / 2.0;
            me += rate(&clients, &me_url, Some(&coach), window).await / 2.0;
            save += autosave_rate(&clients, &mut drafts, window).await / 2.0;
        }
        let (l50, l99) =
            latency(&format!("{base}/api/enrollments/{}/ledger", seeded.enrollment), &candidate, 500).await;
        let (h50, h99) = latency(&format!("{base}/api/programs/{}/hours", seeded.program), &coordinator, 40).await;
        let (y50, y99) =
            latency(&format!("{base}/api/programs/{}/hours?program_year=1", seeded.program), &coordinator, 40).await;
        let (r50, r99) =
            latency(&format!("{base}/api/programs/{}/reflections", seeded.program), &coordinator, 40).await;
        let (m50, m99) =
            latency(&format!("{base}/api/programs/{}/meeting-counts", seeded.program), &coordinator, 40).await;
        let (v50, v99) =
            latency(&format!("{base}/api/programs/{}/portfolio-review", seeded.program), &coordinator, 40).await;
        let (c50, c99) =
            latency(&format!("{base}/api/enrollments/{}/completion", seeded.enrollment), &coordinator, 200).await;
        let to_do = format!("{base}/api/programs/{}/to-do", seeded.program);
        let (d50, d99) = latency(&to_do, &candidate, 200).await;
        let (k50, k99) = latency(&to_do, &coach, 200).await;
        let (o50, o99) = latency(&to_do, &coordinator, 100).await;
        println!("/health: {health:.0} requests/s");
        println!(
            "read one coaching log as its coach: {log:.0} requests/s = {:.2} x /health (target >= 0.15)",
            log / health
        );
        println!("candidate ledger: p50 {l50:.1} ms, p99 {l99:.1} ms");
        println!(
            "program hours table ({candidates} candidates): p50 {h50:.1} ms, p99 {h99:.1} ms (target p50 < 150 ms)"
        );
        println!("program hours table, one program year (as the screen asks): p50 {y50:.1} ms, p99 {y99:.1} ms");
        println!(
            "program reflections and ILPs view ({candidates} candidates): p50 {r50:.1} ms, p99 {r99:.1} ms (target p50 < 100 ms)"
        );
        println!(
            "program meeting counts ({candidates} candidates, {} marks): p50 {m50:.1} ms, p99 {m99:.1} ms (target p50 < 100 ms)",
            candidates * 8
        );
        println!(
            "portfolio review, every candidate's follow-ups and completion items ({candidates} candidates): \
             p50 {v50:.1} ms, p99 {v99:.1} ms (target p50 < 100 ms)"
        );
        println!("one candidate's completion verification: p50 {c50:.1} ms, p99 {c99:.1} ms");
        println!(
            "what's next (each home's list), target p50 < 20 ms: a candidate's p50 {d50:.1} ms, p99 {d99:.1} ms; \
             a coach's p50 {k50:.1} ms, p99 {k99:.1} ms; the coordinator's ({candidates} candidates) p50 {o50:.1} ms, \
             p99 {o99:.1} ms"
        );
        println!(
            "save one reflection element (autosave, {} candidates): {save:.0} requests/s = {:.2} x /health (target >= 0.15)",
            drafts.len(),
            save / health
        );
        println!(
            "for reference, /api/me (token and session check only): {me:.0} requests/s = {:.2} x /health",
            me / health
        );

        let file = pdf::one_page("Sign-in sheet", 1024 * 1024);
        let uploads = format!("{base}/api/enrollments/{}/documents", seeded.enrollment);
        let before = resident_mb();
        let uploaded = upload_rate(&clients[..4], &uploads, &candidate, &file, (seconds / 2).max(1)).await;
        let after = resident_mb();
        println!(
            "upload a 1 MB PDF (4 at once): {uploaded:.0} uploads/s = {:.0} MB/s; server memory {before:.0} MB before, {after:.0} MB after",
            uploaded * file.len() as f64 / 1048576.0
        );

        let mut tokens = Vec::with_capacity(candidates);
        for i in 0..candidates {
            tokens.push(login(&format!("bench.cand{i}")).await);
        }
        let registered = registration_rate(&clients, &base, &seeded.events, &tokens).await;
        let counts = db.read(|c| events::counts(c, &seeded.events)).unwrap();
        let most = counts.iter().filter(|(_, s, _)| *s == RegistrationState::Confirmed).map(|(_, _, n)| *n).max();
        let total: i64 = counts.iter().map(|(_, _, n)| n).sum();
        assert_eq!(total as usize, candidates, "every registration is kept");
        assert!(most.unwrap_or(0) <= i64::from(seeded.places), "an event took more than its {} places", seeded.places);
        println!(
            "{candidates} candidates registering for {EVENTS} events at once: {registered:.0} registrations/s; \
             most confirmed at one event {} of {} places (over capacity: none)",
            most.unwrap_or(0),
            seeded.places
        );
    });
}
