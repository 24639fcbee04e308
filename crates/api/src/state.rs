use crate::access_cache::AccessCache;
use crate::auth::session_cache::SessionCache;
use crate::auth::throttle::Throttle;
use crate::auth::tokens::Keys;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::policy::ProgramAccess;
use crate::read_audit::ReadAudit;
use crate::storage::Storage;
use actix_web::web;
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::{Db, DbConnection};
use std::sync::Arc;

/// What every handler shares.
pub struct AppState {
    pub db: Db,
    pub keys: Keys,
    pub throttle: Throttle,
    pub reads: ReadAudit,
    pub sessions: SessionCache,
    /// Callers' access to enrollments, kept while it holds.
    pub scopes: Arc<AccessCache>,
    pub storage: Storage,
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
            scopes: Arc::default(),
            storage,
        };
        (state, writer)
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

    /// Runs `build` in a read with the caller's access to program `id`: a program's tables and
    /// their CSV show the rows that access allows.
    pub async fn for_program<T, F>(&self, me: CurrentUser, id: ProgramId, build: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection, &CurrentUser, &ProgramAccess) -> Result<T, ApiError> + Send + 'static,
    {
        self.read(move |c| {
            let access = ProgramAccess::load(c, &me, id)?;
            build(c, &me, &access)
        })
        .await
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
