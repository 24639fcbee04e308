use crate::auth::session_cache::SessionCache;
use crate::auth::throttle::Throttle;
use crate::auth::tokens::Keys;
use crate::error::ApiError;
use crate::read_audit::ReadAudit;
use actix_web::web;
use coachfolio_persistence::{Db, DbConnection};

/// What every handler shares.
pub struct AppState {
    pub db: Db,
    pub keys: Keys,
    pub throttle: Throttle,
    pub reads: ReadAudit,
    pub sessions: SessionCache,
}

impl AppState {
    /// The state and the read-audit writer's thread (join it after the server stops, so the
    /// last reads are written).
    pub fn new(db: Db, keys: Keys) -> (AppState, std::thread::JoinHandle<()>) {
        let (reads, writer) = ReadAudit::start(db.clone());
        (AppState { db, keys, throttle: Throttle::default(), reads, sessions: SessionCache::default() }, writer)
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
}
