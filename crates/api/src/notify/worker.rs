//! The delivery worker: in each server process, every few seconds, claims the emails that are
//! due (a batch at a time, in a write transaction: on PostgreSQL with `SKIP LOCKED`, so several
//! servers share the outbox and none sends a notification another has claimed), sends them, and
//! records each outcome: sent; tried again later with backoff; failed after the last attempt;
//! expired when too old to be worth sending. A server killed mid-send leaves its claims to run
//! out, and the rows are due again.

use super::mailer::Mailer;
use crate::error::ApiError;
use actix_web::web;
use coachfolio_domain::ids::NotificationId;
use coachfolio_domain::notification::{fresh, last_digest_at, retry_at, EmailTiming};
use coachfolio_persistence::notifications::{self, Outcome, Outgoing};
use coachfolio_persistence::{programs, Db};
use std::collections::BTreeMap;
use std::time::Duration;
use time::PrimitiveDateTime;

/// Notifications claimed at once.
const BATCH: i64 = 20;
/// Notifications claimed at once for the digests: a day's of a large program.
const DIGEST_BATCH: i64 = 20_000;
/// How often an idle worker looks for due emails.
const EVERY: Duration = Duration::from_secs(5);

/// Sends what is due now, batch after batch until none is left; how many were sent. A
/// notification its recipient wants in the daily digest is set aside for it, one they turned
/// off is skipped.
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
        let (now_or_never, to_send): (Vec<Outgoing>, Vec<Outgoing>) =
            claimed.into_iter().partition(|o| o.timing != EmailTiming::Immediately);
        let (off, digest): (Vec<Outgoing>, Vec<Outgoing>) =
            now_or_never.into_iter().partition(|o| o.timing == EmailTiming::Off);
        settle(db, off.iter().map(|o| o.row.id).collect(), |_| Outcome::Skipped).await?;
        settle(db, digest.iter().map(|o| o.row.id).collect(), |_| Outcome::ToDigest).await?;
        for o in to_send {
            let result = attempt(mailer, &o).await;
            sent += usize::from(result.is_ok());
            settle(db, vec![o.row.id], move |now| match result {
                Ok(outcome) => outcome,
                Err(why) => {
                    tracing::warn!(notification = %o.row.id, attempt = o.row.attempts, "email not sent: {why}");
                    match retry_at(o.row.attempts, now) {
                        Some(at) => Outcome::RetryAt(at, why),
                        None => Outcome::Failed(why),
                    }
                }
            })
            .await?;
        }
    }
}

/// Sends every daily digest that is due now: for each program past its digest hour, what its
/// people set aside for the digest before that hour, one email per person. The rows of up to
/// [`DIGEST_BATCH`] notifications are claimed and read in a constant number of queries,
/// however many people they are for. How many digests were sent.
pub async fn deliver_digests(db: &Db, mailer: &Mailer) -> Result<usize, ApiError> {
    let programs = {
        let db = db.clone();
        web::block(move || db.read(|c| Ok::<_, ApiError>(programs::list(c, None)?))).await??
    };
    let mut sent = 0;
    for program in programs {
        loop {
            let claimed = {
                let (db, id, zone, hour) =
                    (db.clone(), program.id, program.time_zone.clone(), program.settings.0.digest_hour);
                web::block(move || {
                    let now = coachfolio_persistence::now();
                    let before = last_digest_at(&zone, hour, now);
                    db.write(|c| Ok::<_, ApiError>(notifications::claim_digest(c, id, before, now, DIGEST_BATCH)?))
                })
                .await??
            };
            if claimed.is_empty() {
                break;
            }
            let mut by_person: BTreeMap<_, Vec<Outgoing>> = BTreeMap::new();
            for o in claimed {
                by_person.entry(o.row.recipient_id).or_default().push(o);
            }
            let mut delivered = Vec::new();
            for items in by_person.into_values() {
                let ids: Vec<_> = items.iter().map(|o| o.row.id).collect();
                match mailer.digest(&items) {
                    Ok(message) => match mailer.send(message).await {
                        Ok(()) => {
                            sent += 1;
                            delivered.extend(ids);
                        }
                        Err(why) => digest_failed(db, &items, ids, why).await?,
                    },
                    Err(why) => digest_failed(db, &items, ids, why).await?,
                }
            }
            settle(db, delivered, |_| Outcome::Sent).await?;
        }
    }
    Ok(sent)
}

/// A digest that was not sent waits for another try with backoff, then is given up.
async fn digest_failed(db: &Db, items: &[Outgoing], ids: Vec<NotificationId>, why: String) -> Result<(), ApiError> {
    let attempts = items.iter().map(|o| o.row.attempts).max().unwrap_or(1);
    tracing::warn!(recipient = %items[0].row.recipient_id, attempt = attempts, "digest not sent: {why}");
    settle(db, ids, move |now| match retry_at(attempts, now) {
        Some(at) => Outcome::DigestRetryAt(at, why),
        None => Outcome::Failed(why),
    })
    .await
}

/// Records the outcome of claimed notifications, from the time it is recorded.
async fn settle<F>(db: &Db, ids: Vec<NotificationId>, outcome: F) -> Result<(), ApiError>
where
    F: FnOnce(PrimitiveDateTime) -> Outcome + Send + 'static,
{
    if ids.is_empty() {
        return Ok(());
    }
    let db = db.clone();
    web::block(move || {
        let now = coachfolio_persistence::now();
        db.write(|c| Ok::<_, ApiError>(notifications::settle(c, &ids, outcome(now), now)?))
    })
    .await?
}

/// Sends one claimed notification, or says why it was not; one too old is expired unsent.
async fn attempt(mailer: &Mailer, o: &Outgoing) -> Result<Outcome, String> {
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
        if let Err(e) = deliver_digests(&db, &mailer).await {
            tracing::error!("the delivery worker could not send the digests: {e}");
        }
        actix_web::rt::time::sleep(EVERY).await;
    }
}
