use crate::auth::session_cache::{SessionCache, WATCH_EVERY};
use crate::auth::throttle::Throttle;
use crate::auth::tokens::Keys;
use crate::error::ApiError;
use crate::read_audit::ReadAudit;
use crate::storage::Storage;
use actix_web::web;
use coachfolio_persistence::{sessions, Db, DbConnection};

/// The infrastructure every handler shares: the database, token keys, the sign-in throttle
/// and sessions, the read audit, document storage. Who may do what is `crate::capabilities`'.
pub struct AppState {
    pub db: Db,
    pub keys: Keys,
    pub throttle: Throttle,
    pub reads: ReadAudit,
    pub sessions: SessionCache,
    pub storage: Storage,
    /// Whether email is sent (SMTP configured): invitations and password resets need it.
    pub email: bool,
}

impl AppState {
    /// The state and the read-audit writer's thread (join it after the server stops, so the
    /// last reads are written).
    pub fn new(db: Db, keys: Keys, storage: Storage) -> (AppState, std::thread::JoinHandle<()>) {
        let (reads, writer) = ReadAudit::start(db.clone());
        let state = AppState {
            db,
            keys,
            throttle: Throttle::default(),
            reads,
            sessions: SessionCache::default(),
            storage,
            email: false,
        };
        (state, writer)
    }

    /// Reads the session generation every [`WATCH_EVERY`] for as long as the server runs, so a
    /// sign-out on another server ends the session here too (`SessionCache`).
    pub async fn watch_sessions(state: web::Data<AppState>) {
        loop {
            match state.read(|c| Ok(sessions::generation(c)?)).await {
                Ok(generation) => state.sessions.observe(generation),
                Err(e) => tracing::warn!("cannot read the session generation: {e}"),
            }
            actix_web::rt::time::sleep(WATCH_EVERY).await;
        }
    }

    /// Runs blocking reads off the async workers.
    pub async fn read<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, ApiError> + Send + 'static,
    {
        let db = self.db.clone();
        web::block(move || db.read(f)).await?
    }

    /// Runs `f` in one write transaction off the async workers.
    pub async fn write<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, ApiError> + Send + 'static,
    {
        let db = self.db.clone();
        web::block(move || db.write(f)).await?
    }

    /// Runs `load` in a read, beside other requests, then `write` with what it loaded in a write
    /// transaction that holds the write lock only for the change: the autosaves' path, where
    /// the lock is the limit (SQLite has one writer). Safe for a versioned record: the write
    /// refuses (412) a record changed between the two; the caller's access is as of the read.
    /// Both run on one database thread: a second hop between threads cost an autosave more
    /// than either transaction (docs/benchmarks.md).
    pub async fn read_then_write<L, T, R, W>(&self, load: R, write: W) -> Result<T, ApiError>
    where
        L: Send + 'static,
        T: Send + 'static,
        R: FnOnce(&mut DbConnection) -> Result<L, ApiError> + Send + 'static,
        W: FnOnce(&mut DbConnection, L) -> Result<T, ApiError> + Send + 'static,
    {
        let db = self.db.clone();
        web::block(move || {
            let loaded = db.read(load)?;
            db.write(move |c| write(c, loaded))
        })
        .await?
    }
}
