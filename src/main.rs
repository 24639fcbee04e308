//! The Coachfolio server: API and web app at one URL.
//!
//! `coachfolio` serves; `coachfolio openapi` prints the OpenAPI document as YAML.

use actix_web::{web, HttpServer};
use coachfolio_api::auth::tokens::{load_or_create_secret, Keys};
use coachfolio_api::notify::{mailer::Mailer, worker};
use coachfolio_api::{demo, openapi, AppState, Config};
use coachfolio_persistence::Db;
use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args().nth(1).as_deref() == Some("openapi") {
        return match openapi::spec().to_yaml() {
            Ok(yaml) => {
                print!("{yaml}");
                ExitCode::SUCCESS
            }
            Err(e) => fail(&format!("cannot render the OpenAPI document: {e}")),
        };
    }
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => return fail(&e),
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_new(&config.log_level)
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    match actix_web::rt::System::new().block_on(serve(config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("coachfolio: {message}");
    ExitCode::FAILURE
}

async fn serve(config: Config) -> Result<(), String> {
    println!("Coachfolio starting with\n{}", indent(&config.describe()));
    let db = Db::open(config.database.clone(), config.pool_size)?;
    let secret = match &config.jwt_secret {
        Some(s) => s.clone(),
        None => load_or_create_secret(&config.data_dir)
            .map_err(|e| format!("cannot keep the signing key in {}: {e}", config.data_dir.display()))?,
    };
    let seeded = {
        let db = db.clone();
        let demo = config.demo_data;
        web::block(move || demo::seed_if_empty(&db, demo))
            .await
            .map_err(|e| e.to_string())?
            .map_err(|e| format!("cannot create the first-start data: {e}"))?
    };
    let storage = config.storage()?;
    let keys = Keys::new(&secret, config.access_token_seconds, config.refresh_token_seconds);
    // Without SMTP, no worker: notifications stay in the app (start-up said so).
    let mut background = Vec::new();
    if let Some(mail) = &config.mail {
        let mailer = Mailer::new(mail, keys.unsubscribe.clone())?;
        background.push(actix_web::rt::spawn(worker::run(db.clone(), mailer)));
    }
    let (mut state, read_audit) = AppState::new(db, keys, storage);
    state.email = config.mail.is_some();
    let state = web::Data::new(state);
    // A sign-out on another server ends the session here too.
    background.push(actix_web::rt::spawn(AppState::watch_sessions(state.clone())));
    let serving = config.serving();
    if !serving.static_dir.join("index.html").is_file() {
        println!(
            "note: {} has no built web app; only the API is served (run `make run`)",
            serving.static_dir.display()
        );
    }
    // One access cache for every worker: what one request learns, the next may use.
    let access = web::Data::new(coachfolio_api::AccessCache::default());
    let server = HttpServer::new(move || coachfolio_api::app(state.clone(), access.clone(), serving.clone()))
        .worker_max_blocking_threads(coachfolio_api::BLOCKING_THREADS_PER_WORKER)
        .bind(&config.bind)
        .map_err(|e| format!("cannot listen on {}: {e}", config.bind))?;
    let url = format!("http://{}", config.bind);
    if let Some(message) = seeded {
        println!("\n{message}");
    }
    println!("\nCoachfolio is ready at {url}/  (API docs: {url}/api/docs/)");
    let result = server.run().await.map_err(|e| e.to_string());
    // The background tasks stop with the server, inside the runtime they need (the mailer's
    // connection pool), and let go of the state, so the read-audit writer can finish below.
    for task in background {
        task.abort();
        let _ = task.await;
    }
    // The server and its handles to the read-audit writer are gone: let it write what is queued.
    if read_audit.join().is_err() {
        eprintln!("coachfolio: the read-audit writer failed");
    }
    result
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("  {l}\n")).collect::<String>().trim_end().to_string()
}
