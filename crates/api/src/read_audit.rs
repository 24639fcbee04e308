//! Reads of confidential records are recorded by a background writer, so reads never wait for
//! SQLite's single write lock (which serialised every read when each took it). The writer takes
//! whatever has queued in the 10 ms after the first waiting read, so a read is recorded within
//! milliseconds and a busy server writes them in batches. A crash can lose the reads of that last instant;
//! writes are unaffected (they are audited in their own transaction).

use coachfolio_domain::ids::{ProgramId, UserId};
use coachfolio_persistence::audit::{self, AuditRow};
use coachfolio_persistence::Db;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::thread::JoinHandle;

/// Most reads written in one transaction.
const BATCH: usize = 5000;
/// How long the writer lets reads gather before writing them.
const GATHER: std::time::Duration = std::time::Duration::from_millis(10);

#[derive(Clone)]
pub struct ReadAudit {
    queue: SyncSender<AuditRow>,
}

impl ReadAudit {
    /// Starts the writer; it stops, after writing what is queued, once every handle is dropped.
    pub fn start(db: Db) -> (ReadAudit, JoinHandle<()>) {
        let (queue, rx) = sync_channel(100_000);
        let writer = std::thread::Builder::new()
            .name("read-audit".into())
            .spawn(move || write_batches(&db, &rx))
            .expect("spawn the read-audit writer");
        (ReadAudit { queue }, writer)
    }

    /// Records that `reader` read the text of these records of kind `entity` (each with its
    /// program and id); the trail keeps who, what and when, never the text.
    pub fn read(&self, reader: UserId, entity: &str, records: impl IntoIterator<Item = (ProgramId, String)>) {
        let action = format!("{entity}.read");
        for (program_id, id) in records {
            let row = audit::row(audit::Entry {
                actor_id: Some(reader),
                program_id: Some(program_id),
                action: &action,
                entity,
                entity_id: id,
                before: None,
                after: None,
                // Only confidential records' reads are recorded.
                confidential: true,
            });
            // Blocks only when the writer is far behind (back-pressure).
            if self.queue.send(row).is_err() {
                tracing::error!("the read-audit writer has stopped; a read went unrecorded");
            }
        }
    }
}

fn write_batches(db: &Db, rx: &Receiver<AuditRow>) {
    while let Ok(first) = rx.recv() {
        // Gather briefly: one transaction for many reads instead of one each under load.
        std::thread::sleep(GATHER);
        let mut batch = vec![first];
        while batch.len() < BATCH {
            match rx.try_recv() {
                Ok(row) => batch.push(row),
                Err(_) => break,
            }
        }
        for attempt in 1..=3 {
            match db.write(|c| audit::insert(c, &batch)) {
                Ok(()) => break,
                Err(e) if attempt < 3 => {
                    tracing::warn!(error = %e, attempt, "recording reads failed; retrying");
                    std::thread::sleep(std::time::Duration::from_millis(200 * attempt));
                }
                Err(e) => tracing::error!(error = %e, lost = batch.len(), "could not record reads"),
            }
        }
    }
}
