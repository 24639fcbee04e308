//! The delivery worker: in each server process, every few seconds, claims the emails that are
//! due (a batch at a time, in a write transaction: on PostgreSQL with `SKIP LOCKED`, so several
//! servers share the outbox and none sends a notification another has claimed), sends them, and
//! records each outcome: sent; tried again later with backoff; failed after the last attempt;
//! expired when too old to be worth sending. A server killed mid-send leaves its claims to run
//! out, and the rows are due again.

use super::mailer::Mailer;
use crate::error::ApiError;
use actix_web::web;
use coachfolio_domain::notification::{fresh, retry_at};
use coachfolio_persistence::notifications::{self, Outcome, Outgoing};
use coachfolio_persistence::Db;
use std::time::Duration;

/// Notifications claimed at once.
const BATCH: i64 = 20;
/// How often an idle worker looks for due emails.
const EVERY: Duration = Duration::from_secs(5);

/// Sends what is due now, batch after batch until none is left; how many were sent.
pub async fn deliver_due(db: &Db, mailer: &Mailer) -> Result<usize, ApiError> {
    let mut sent = 0;
    loop {
        let claimed = {
            let db = db.clone();
            web::block(move || {
                db.write(|c| Ok::<_, ApiError>(notifications::claim_due(c, coachfolio_persistence::now(), BATCH)?))
            })
            .await??
        };
        if claimed.is_empty() {
            return Ok(sent);
        }
        for o in claimed {
            let result = attempt(mailer, &o).await;
            sent += usize::from(result.is_ok());
            let db = db.clone();
            web::block(move || {
                let now = coachfolio_persistence::now();
                let outcome = match &result {
                    Ok(outcome) => *outcome,
                    Err(why) => match retry_at(o.row.attempts, now) {
                        Some(at) => Outcome::RetryAt(at, why),
                        None => Outcome::Failed(why),
                    },
                };
                if let Outcome::Failed(why) | Outcome::RetryAt(_, why) = outcome {
                    tracing::warn!(notification = %o.row.id, attempt = o.row.attempts, "email not sent: {why}");
                }
                db.write(|c| Ok::<_, ApiError>(notifications::settle(c, o.row.id, outcome, now)?))
            })
            .await??;
        }
    }
}

/// Sends one claimed notification, or says why it was not; one too old is expired unsent.
async fn attempt(mailer: &Mailer, o: &Outgoing) -> Result<Outcome<'static>, String> {
    if !fresh(o.row.created_at, coachfolio_persistence::now()) {
        return Ok(Outcome::Expired);
    }
    mailer.send(mailer.message(o)?).await?;
    Ok(Outcome::Sent)
}

/// Runs the worker for as long as the server does.
pub async fn run(db: Db, mailer: Mailer) {
    loop {
        if let Err(e) = deliver_due(&db, &mailer).await {
            tracing::error!("the delivery worker could not read the outbox: {e}");
        }
        actix_web::rt::time::sleep(EVERY).await;
    }
}
