use crate::error::StoreError;
use diesel::connection::SimpleConnection;
use diesel::r2d2::{self, ManageConnection, Pool, PooledConnection};
use diesel::{Connection, PgConnection, RunQueryDsl, SqliteConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use std::path::PathBuf;
use std::sync::{Arc, Weak};
use std::time::Duration;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/postgres");

/// One connection to whichever backend the URL named.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
}

/// Inserts many rows: one multi-row statement on PostgreSQL; on SQLite, one statement a row,
/// because diesel's SQLite batch insert opens a transaction of its own, which cannot nest in
/// the one `Db::write` began (row inserts inside a transaction are cheap there).
macro_rules! insert_rows {
    ($conn:expr, $table:expr, $rows:expr) => {{
        let rows = $rows;
        match $conn {
            $crate::DbConnection::Sqlite(c) => {
                let mut n = 0;
                for row in rows.iter() {
                    n += diesel::insert_into($table).values(row).execute(c)?;
                }
                Ok::<usize, $crate::StoreError>(n)
            }
            $crate::DbConnection::Postgres(c) => {
                let mut n = 0;
                for chunk in rows.chunks(1000) {
                    n += diesel::insert_into($table).values(chunk).execute(c)?;
                }
                Ok(n)
            }
        }
    }};
}
pub(crate) use insert_rows;

/// Runs `$body` on the backend's own connection. Diesel's multi-backend connection builds a
/// query's SQL and collects its binds again on every run, a sixth of an autosave's time
/// (docs/benchmarks.md); the lookups every request makes run natively. `$body` is compiled
/// once for each backend.
macro_rules! native {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::DbConnection::Sqlite($c) => $body,
            $crate::DbConnection::Postgres($c) => $body,
        }
    };
}
pub(crate) use native;

/// The backend and where it is, chosen from the URL scheme: never guessed by trying each one,
/// so a mistyped URL is refused instead of silently creating an empty SQLite file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Backend {
    /// `postgres://` or `postgresql://` → PostgreSQL; `sqlite://path`, `sqlite:path` or a bare
    /// path → SQLite; any other scheme is an error.
    pub fn from_url(url: &str) -> Result<Backend, String> {
        let url = url.trim();
        if url.is_empty() {
            return Err("DATABASE_URL is empty".into());
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Backend::Postgres(url.to_string()));
        }
        let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
        let scheme = path
            .split_once(':')
            .map(|(s, _)| s)
            .filter(|s| s.len() > 1 && s.chars().all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c)));
        if let Some(scheme) = scheme {
            return Err(format!(
                "unsupported database URL scheme {scheme:?}: use postgres://…, sqlite://PATH or a file path"
            ));
        }
        if path.is_empty() || path == ":memory:" {
            return Err("an SQLite database must be a file path (each pooled connection would get its own empty :memory: database)".into());
        }
        Ok(Backend::Sqlite(PathBuf::from(path)))
    }

    /// The URL with any password replaced, for logs.
    pub fn describe(&self) -> String {
        match self {
            Backend::Sqlite(p) => format!("SQLite file {}", p.display()),
            Backend::Postgres(url) => {
                let shown = match (url.find("://"), url.rfind('@')) {
                    (Some(s), Some(at)) if at > s => {
                        let creds = &url[s + 3..at];
                        let user = creds.split(':').next().unwrap_or_default();
                        format!("{}{}:***{}", &url[..s + 3], user, &url[at..])
                    }
                    _ => url.clone(),
                };
                format!("PostgreSQL {shown}")
            }
        }
    }
}

#[derive(Debug)]
pub struct Manager {
    backend: Backend,
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        match &self.backend {
            Backend::Sqlite(path) => {
                let mut c =
                    SqliteConnection::establish(&path.to_string_lossy()).map_err(r2d2::Error::ConnectionError)?;
                // A 32 MiB page cache per connection. No memory map: each commit by another
                // connection (the audit writer, many times a second) made every reader unmap and
                // fault the file back in, which cost single-log reads more than it saved the
                // hours table (docs/benchmarks.md).
                c.batch_execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                     PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 0;",
                )
                .map_err(r2d2::Error::QueryError)?;
                Ok(DbConnection::Sqlite(c))
            }
            Backend::Postgres(url) => {
                PgConnection::establish(url).map(DbConnection::Postgres).map_err(r2d2::Error::ConnectionError)
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1").map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut DbConnection) -> bool {
        false
    }
}

/// The connection pool; cheap to clone.
#[derive(Clone)]
pub struct Db {
    pool: Pool<Manager>,
    backend: Backend,
    /// Held while the database is open: the background checkpointer stops when it goes.
    _open: Arc<()>,
}

type Pooled = PooledConnection<Manager>;

/// The PostgreSQL advisory lock servers take while they start (migrations, first-start data).
const STARTING: i64 = 0x636f_6163_6866_6f6c;

/// Waits until no other server is starting, to the end of the transaction (PostgreSQL; SQLite's
/// one writer already waits): the first-start data is made once when several servers start.
pub fn wait_for_other_starts(c: &mut DbConnection) -> Result<(), StoreError> {
    if let DbConnection::Postgres(pg) = c {
        diesel::sql_query(format!("SELECT pg_advisory_xact_lock({STARTING})")).execute(pg)?;
    }
    Ok(())
}

impl Db {
    /// Connects, runs pending migrations and builds the pool. Fails with one clear message when
    /// the server is unreachable, the file cannot be created or a migration fails.
    pub fn open(backend: Backend, pool_size: u32) -> Result<Db, String> {
        if let Backend::Sqlite(path) = &backend {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create the database directory {}: {e}", dir.display()))?;
            }
        }
        let manager = Manager { backend: backend.clone() };
        let mut first = manager.connect().map_err(|e| format!("cannot connect to {}: {e}", backend.describe()))?;
        let migrated = match &mut first {
            DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
            // Servers starting at once migrate one after the other: the lock is the session's,
            // held across every migration's own transaction.
            DbConnection::Postgres(c) => diesel::sql_query(format!("SELECT pg_advisory_lock({STARTING})"))
                .execute(c)
                .map_err(Into::into)
                .and_then(|_| c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|v| v.len()))
                .and_then(|n| {
                    diesel::sql_query(format!("SELECT pg_advisory_unlock({STARTING})")).execute(c)?;
                    Ok(n)
                }),
        }
        .map_err(|e| format!("migrating {} failed: {e}", backend.describe()))?;
        if migrated > 0 {
            tracing::info!(migrated, "applied database migrations");
        }
        drop(first);
        let pool = Pool::builder()
            .max_size(pool_size)
            // A check costs a parsed `SELECT 1` per checkout; an SQLite file does not drop
            // connections the way a server can, so only PostgreSQL's are checked.
            .test_on_check_out(matches!(backend, Backend::Postgres(_)))
            .connection_timeout(Duration::from_secs(10))
            .build(manager)
            .map_err(|e| format!("cannot open a connection pool to {}: {e}", backend.describe()))?;
        let open = Arc::new(());
        if let Backend::Sqlite(path) = &backend {
            checkpoint_in_background(path.clone(), Arc::downgrade(&open));
        }
        Ok(Db { pool, backend, _open: open })
    }

    pub fn backend(&self) -> &Backend {
        &self.backend
    }

    fn conn(&self) -> Result<Pooled, StoreError> {
        Ok(self.pool.get()?)
    }

    /// Runs `f`, which only reads. On SQLite in one deferred transaction: its queries see one
    /// snapshot, and the connection checks its page cache against the write-ahead log once.
    /// Each commit by another connection empties that cache, so under steady writes every
    /// statement run on its own began cold and read its pages again (docs/benchmarks.md).
    /// PostgreSQL runs `f` outside a transaction: there it would cost two more round trips.
    pub fn read<T, E: From<StoreError>>(&self, f: impl FnOnce(&mut DbConnection) -> Result<T, E>) -> Result<T, E> {
        let mut conn = self.conn()?;
        if let DbConnection::Postgres(_) = &*conn {
            return f(&mut conn);
        }
        let mut tx = Tx { conn, open: false };
        tx.conn.batch_execute("BEGIN DEFERRED").map_err(StoreError::from)?;
        tx.open = true;
        let value = f(&mut tx.conn)?;
        tx.conn.batch_execute("COMMIT").map_err(StoreError::from)?;
        tx.open = false;
        Ok(value)
    }

    /// Runs `f` in one transaction: committed when it returns `Ok`, rolled back otherwise (and
    /// on panic). On SQLite it begins IMMEDIATE, taking the write lock up front, so a
    /// read-then-write transaction waits for other writers instead of failing mid-way.
    pub fn write<T, E: From<StoreError>>(&self, f: impl FnOnce(&mut DbConnection) -> Result<T, E>) -> Result<T, E> {
        let mut tx = Tx { conn: self.conn()?, open: false };
        let begin = match &*tx.conn {
            DbConnection::Sqlite(_) => "BEGIN IMMEDIATE",
            DbConnection::Postgres(_) => "BEGIN",
        };
        tx.conn.batch_execute(begin).map_err(StoreError::from)?;
        tx.open = true;
        let value = f(&mut tx.conn)?;
        tx.conn.batch_execute("COMMIT").map_err(StoreError::from)?;
        tx.open = false;
        Ok(value)
    }

    /// Whether the database answers, for `/ready`.
    pub fn ping(&self) -> Result<(), StoreError> {
        self.conn()?.batch_execute("SELECT 1").map_err(StoreError::from)
    }
}

/// Copies the write-ahead log back into the database file every quarter second, on a
/// connection of its own, for as long as the database is open. Connections do not checkpoint
/// on commit (`wal_autocheckpoint = 0`): a checkpoint syncs the file to disk, and taken by the
/// committing writer it held SQLite's one write lock through the sync, stalling every writer
/// behind it. A passive checkpoint here runs beside writers and readers and blocks none.
fn checkpoint_in_background(path: PathBuf, open: Weak<()>) {
    let spawned = std::thread::Builder::new().name("sqlite-checkpoint".into()).spawn(move || {
        let Ok(mut c) = SqliteConnection::establish(&path.to_string_lossy()) else { return };
        if c.batch_execute("PRAGMA busy_timeout = 5000;").is_err() {
            return;
        }
        while open.upgrade().is_some() {
            std::thread::sleep(Duration::from_millis(250));
            if let Err(e) = c.batch_execute("PRAGMA wal_checkpoint(PASSIVE);") {
                tracing::warn!(error = %e, "background checkpoint failed");
            }
        }
    });
    if let Err(e) = spawned {
        tracing::error!(error = %e, "cannot start the background checkpoint; the write-ahead log will grow");
    }
}

/// Rolls back on drop unless committed, so an error or a panic never leaves a pooled
/// connection inside a transaction.
struct Tx {
    conn: Pooled,
    open: bool,
}

impl Drop for Tx {
    fn drop(&mut self) {
        if self.open {
            if let Err(e) = self.conn.batch_execute("ROLLBACK") {
                tracing::error!(error = %e, "rollback failed");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backend_comes_from_the_scheme() {
        assert_eq!(Backend::from_url("postgres://u:p@h/db"), Ok(Backend::Postgres("postgres://u:p@h/db".into())));
        assert!(matches!(Backend::from_url("postgresql://h/db"), Ok(Backend::Postgres(_))));
        assert_eq!(Backend::from_url("sqlite://data/x.db"), Ok(Backend::Sqlite("data/x.db".into())));
        assert_eq!(Backend::from_url("sqlite:x.db"), Ok(Backend::Sqlite("x.db".into())));
        assert_eq!(Backend::from_url("./data/coachfolio.db"), Ok(Backend::Sqlite("./data/coachfolio.db".into())));
    }

    #[test]
    fn typos_and_other_schemes_are_refused() {
        assert!(Backend::from_url("postgress://h/db").unwrap_err().contains("postgress"));
        assert!(Backend::from_url("mysql://h/db").is_err());
        assert!(Backend::from_url("sqlite://:memory:").is_err());
        assert!(Backend::from_url("").is_err());
    }

    #[test]
    fn passwords_are_not_described() {
        let d = Backend::from_url("postgres://app:secret@db:5432/cf").unwrap().describe();
        assert!(!d.contains("secret"), "{d}");
        assert!(d.contains("app:***@db:5432/cf"), "{d}");
    }

    /// The move of the coaching logs' revisions into the one `revisions` table keeps every
    /// revision already stored, and going back restores them.
    #[test]
    fn revisions_stored_before_the_kernel_survive_its_migration() {
        use diesel::{QueryableByName, RunQueryDsl};
        #[derive(QueryableByName)]
        struct Moved {
            #[diesel(sql_type = diesel::sql_types::Text)]
            record_kind: String,
            #[diesel(sql_type = diesel::sql_types::Text)]
            record_id: String,
            #[diesel(sql_type = diesel::sql_types::Text)]
            before_json: String,
        }
        let dir = tempfile::tempdir().unwrap();
        let mut c = SqliteConnection::establish(&dir.path().join("m.db").to_string_lossy()).unwrap();
        for _ in 0..3 {
            c.run_next_migration(SQLITE_MIGRATIONS).unwrap();
        }
        // Without foreign keys the revision is all this test needs to store.
        c.batch_execute(
            "PRAGMA foreign_keys = OFF; INSERT INTO coaching_log_revisions VALUES \
             ('r1', 'log-1', 2, '2026-10-05 16:00:00', 'coach-1', 'edited', '[\"focus\"]', '{\"focus\":\"before\"}')",
        )
        .unwrap();
        c.run_next_migration(SQLITE_MIGRATIONS).unwrap();
        let moved: Vec<Moved> =
            diesel::sql_query("SELECT record_kind, record_id, before_json FROM revisions").load(&mut c).unwrap();
        assert_eq!(moved.len(), 1);
        assert_eq!((moved[0].record_kind.as_str(), moved[0].record_id.as_str()), ("coaching_log", "log-1"));
        assert_eq!(moved[0].before_json, r#"{"focus":"before"}"#);
        c.revert_last_migration(SQLITE_MIGRATIONS).unwrap();
        let back: i64 = diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(
            "(SELECT count(*) FROM coaching_log_revisions WHERE log_id = 'log-1')",
        ))
        .get_result(&mut c)
        .unwrap();
        assert_eq!(back, 1);
    }

    /// The move of the ILPs' comments into the one `comments` table keeps every comment, on
    /// the plan and on its steps, and going back restores them.
    #[test]
    fn ilp_comments_survive_the_move_to_one_comments_table() {
        use diesel::{QueryableByName, RunQueryDsl};
        #[derive(QueryableByName)]
        struct Moved {
            #[diesel(sql_type = diesel::sql_types::Text)]
            record_kind: String,
            #[diesel(sql_type = diesel::sql_types::Text)]
            record_id: String,
            #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
            part: Option<String>,
        }
        let dir = tempfile::tempdir().unwrap();
        let mut c = SqliteConnection::establish(&dir.path().join("m.db").to_string_lossy()).unwrap();
        for _ in 0..7 {
            c.run_next_migration(SQLITE_MIGRATIONS).unwrap();
        }
        c.batch_execute(
            "PRAGMA foreign_keys = OFF; INSERT INTO ilp_comments VALUES \
             ('c1', 'ilp-1', 'step-1', 'coach-1', 'Who owns it?', '2026-10-05 16:00:00'), \
             ('c2', 'ilp-1', NULL, 'cand-1', 'Thanks', '2026-10-05 17:00:00')",
        )
        .unwrap();
        c.run_next_migration(SQLITE_MIGRATIONS).unwrap();
        let moved: Vec<Moved> =
            diesel::sql_query("SELECT record_kind, record_id, part FROM comments ORDER BY id").load(&mut c).unwrap();
        let moved: Vec<_> =
            moved.iter().map(|m| (m.record_kind.as_str(), m.record_id.as_str(), m.part.as_deref())).collect();
        assert_eq!(moved, [("ilp", "ilp-1", Some("step-1")), ("ilp", "ilp-1", None)]);
        c.revert_last_migration(SQLITE_MIGRATIONS).unwrap();
        let back: i64 = diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(
            "(SELECT count(*) FROM ilp_comments WHERE ilp_id = 'ilp-1')",
        ))
        .get_result(&mut c)
        .unwrap();
        assert_eq!(back, 2);
    }

    #[test]
    fn a_failed_transaction_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(Backend::Sqlite(dir.path().join("t.db")), 2).unwrap();
        let r: Result<(), StoreError> = db.write(|c| {
            c.batch_execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);").map_err(StoreError::from)?;
            Err(StoreError::NotFound)
        });
        assert!(r.is_err());
        let exists: Result<(), StoreError> = db.read(|c| c.batch_execute("SELECT x FROM t").map_err(StoreError::from));
        assert!(exists.is_err(), "the table was rolled back");
        // The connection went back to the pool outside a transaction.
        db.write(|c| c.batch_execute("CREATE TABLE u (x INTEGER)").map_err(StoreError::from)).unwrap();
    }
}
