//! The notifications outbox: written in the transaction of the change that causes each one,
//! read by its recipient, and claimed by delivery workers for email (on PostgreSQL with
//! `FOR UPDATE SKIP LOCKED`, so several servers never claim one row twice; SQLite's one writer
//! is its own lock).

use crate::schema::{notification_preferences as prefs, notifications as n, programs, users};
use crate::{DbConnection, StoreError};
use coachfolio_domain::ids::{NotificationId, ProgramId, UserId};
use coachfolio_domain::notification::{EmailStatus, EmailTiming, NoticeKind, CLAIM};
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = n)]
pub struct NotificationRow {
    pub id: NotificationId,
    pub recipient_id: UserId,
    pub program_id: Option<ProgramId>,
    pub kind: NoticeKind,
    pub title: String,
    pub body: String,
    /// Where in the web app the record is (a path such as `/coaching-logs/…`).
    pub link: String,
    pub created_at: PrimitiveDateTime,
    pub read_at: Option<PrimitiveDateTime>,
    pub email_status: EmailStatus,
    pub attempts: i32,
    pub next_attempt_at: PrimitiveDateTime,
    pub claimed_until: Option<PrimitiveDateTime>,
    pub last_error: Option<String>,
    pub sent_at: Option<PrimitiveDateTime>,
}

impl NotificationRow {
    /// A new, unread notification whose email is due at once.
    pub fn new(
        recipient_id: UserId,
        program_id: Option<ProgramId>,
        kind: NoticeKind,
        title: String,
        body: String,
        link: String,
    ) -> Self {
        let at = crate::now();
        NotificationRow {
            id: NotificationId::new(),
            recipient_id,
            program_id,
            kind,
            title,
            body,
            link,
            created_at: at,
            read_at: None,
            email_status: EmailStatus::Pending,
            attempts: 0,
            next_attempt_at: at,
            claimed_until: None,
            last_error: None,
            sent_at: None,
        }
    }
}

pub fn insert(c: &mut DbConnection, rows: &[NotificationRow]) -> Result<usize, StoreError> {
    crate::insert_rows!(c, n::table, rows)
}

/// The kinds that are email only (their link is a secret).
fn email_only() -> Vec<NoticeKind> {
    NoticeKind::ALL.iter().copied().filter(|k| k.carries_secret()).collect()
}

/// A person's latest notifications in the app, newest first, and how many are unread.
pub fn of_recipient(c: &mut DbConnection, user: UserId, limit: i64) -> Result<(Vec<NotificationRow>, i64), StoreError> {
    let rows = n::table
        .filter(n::recipient_id.eq(user))
        .filter(n::kind.ne_all(email_only()))
        .order((n::created_at.desc(), n::id))
        .limit(limit)
        .select(NotificationRow::as_select())
        .load(c)?;
    let unread = n::table
        .filter(n::recipient_id.eq(user))
        .filter(n::kind.ne_all(email_only()))
        .filter(n::read_at.is_null())
        .count()
        .get_result(c)?;
    Ok((rows, unread))
}

/// Marks one of `user`'s notifications read (read ones keep their first time); whether it is
/// theirs.
pub fn mark_read(
    c: &mut DbConnection,
    user: UserId,
    id: NotificationId,
    at: PrimitiveDateTime,
) -> Result<bool, StoreError> {
    let mine = n::table.filter(n::id.eq(id)).filter(n::recipient_id.eq(user));
    if mine.select(n::id).get_result::<NotificationId>(c).optional()?.is_none() {
        return Ok(false);
    }
    diesel::update(mine.filter(n::read_at.is_null())).set(n::read_at.eq(at)).execute(c)?;
    Ok(true)
}

/// Marks every one of `user`'s notifications read; how many were unread.
pub fn mark_all_read(c: &mut DbConnection, user: UserId, at: PrimitiveDateTime) -> Result<usize, StoreError> {
    Ok(diesel::update(n::table.filter(n::recipient_id.eq(user)).filter(n::read_at.is_null()))
        .set(n::read_at.eq(at))
        .execute(c)?)
}

/// The ids `query` selects, locked on PostgreSQL with `SKIP LOCKED` (another worker's claims
/// are passed over, not waited for); SQLite has one writer at a time.
macro_rules! claimable {
    ($c:expr, $query:expr) => {
        match $c {
            DbConnection::Postgres(pg) => $query.for_update().skip_locked().load(pg)?,
            DbConnection::Sqlite(s) => $query.load(s)?,
        }
    };
}

/// The claimed rows as read: the notification, its recipient's address and name, their choice
/// for its kind, its program's name.
type ClaimedRow = (NotificationRow, String, String, Option<EmailTiming>, Option<String>);

/// A notification claimed for email, with its recipient's address, how they want its kind
/// emailed, and its program's name.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub row: NotificationRow,
    pub email: String,
    pub display_name: String,
    pub timing: EmailTiming,
    pub program_name: Option<String>,
}

/// Claims up to `limit` notifications whose email is due at `now` (pending and due, or claimed
/// by a worker whose claim ran out) for [`CLAIM`], counting the attempt. Run it in a write
/// transaction: on PostgreSQL the rows are locked with `SKIP LOCKED`, so a second worker
/// claims others; SQLite has one writer at a time.
pub fn claim_due(c: &mut DbConnection, now: PrimitiveDateTime, limit: i64) -> Result<Vec<Outgoing>, StoreError> {
    let ids: Vec<NotificationId> = claimable!(
        c,
        n::table
            .filter(
                n::email_status
                    .eq(EmailStatus::Pending)
                    .and(n::next_attempt_at.le(now))
                    .or(n::email_status.eq(EmailStatus::Sending).and(n::claimed_until.lt(now))),
            )
            .order(n::created_at)
            .limit(limit)
            .select(n::id)
    );
    claim(c, &ids, now)
}

/// Claims, for one program's daily digest, up to `limit` notifications waiting for it that
/// were made before `before` (its last digest time) and are due at `now`; as [`claim_due`].
pub fn claim_digest(
    c: &mut DbConnection,
    program: ProgramId,
    before: PrimitiveDateTime,
    now: PrimitiveDateTime,
    limit: i64,
) -> Result<Vec<Outgoing>, StoreError> {
    let ids: Vec<NotificationId> = claimable!(
        c,
        n::table
            .filter(n::email_status.eq(EmailStatus::Digest))
            .filter(n::program_id.eq(program))
            .filter(n::created_at.lt(before))
            .filter(n::next_attempt_at.le(now))
            .order(n::created_at)
            .limit(limit)
            .select(n::id)
    );
    claim(c, &ids, now)
}

/// Marks `ids` sent by this worker until the claim runs out, and loads them to send.
fn claim(c: &mut DbConnection, ids: &[NotificationId], now: PrimitiveDateTime) -> Result<Vec<Outgoing>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    diesel::update(n::table.filter(n::id.eq_any(ids)))
        .set((
            n::email_status.eq(EmailStatus::Sending),
            n::claimed_until.eq(now + CLAIM),
            n::attempts.eq(n::attempts + 1),
        ))
        .execute(c)?;
    let rows: Vec<ClaimedRow> = n::table
        .inner_join(users::table)
        .left_join(programs::table.on(n::program_id.eq(programs::id.nullable())))
        .left_join(prefs::table.on(prefs::user_id.eq(n::recipient_id).and(prefs::kind.eq(n::kind))))
        .filter(n::id.eq_any(ids))
        .order(n::created_at)
        .select((
            NotificationRow::as_select(),
            users::email,
            users::display_name,
            prefs::email.nullable(),
            programs::name.nullable(),
        ))
        .load(c)?;
    Ok(rows
        .into_iter()
        .map(|(row, email, display_name, timing, program_name)| Outgoing {
            timing: match timing {
                Some(t) if !row.kind.carries_secret() => t,
                _ => EmailTiming::Immediately,
            },
            row,
            email,
            display_name,
            program_name,
        })
        .collect())
}

/// What a settled email's secret link becomes.
pub const FORGOTTEN_LINK: &str = "/set-password";

/// How an email attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// Failed, to be tried again from then.
    RetryAt(PrimitiveDateTime, String),
    /// A digest's email failed: its notifications wait for another try from then.
    DigestRetryAt(PrimitiveDateTime, String),
    /// Failed for good.
    Failed(String),
    /// Too old to send when first seen.
    Expired,
    /// The recipient turned this kind's email off.
    Skipped,
    /// The recipient gets this kind in the daily digest: it waits for it.
    ToDigest,
}

/// Records the outcome of claimed notifications' email at `now` (one email, or one digest).
pub fn settle(
    c: &mut DbConnection,
    ids: &[NotificationId],
    outcome: Outcome,
    now: PrimitiveDateTime,
) -> Result<(), StoreError> {
    let to_digest = outcome == Outcome::ToDigest;
    let (status, next, error, sent_at) = match outcome {
        Outcome::Sent => (EmailStatus::Sent, now, None, Some(now)),
        Outcome::RetryAt(at, why) => (EmailStatus::Pending, at, Some(why), None),
        Outcome::DigestRetryAt(at, why) => (EmailStatus::Digest, at, Some(why), None),
        Outcome::Failed(why) => (EmailStatus::Failed, now, Some(why), None),
        Outcome::Expired => (EmailStatus::Expired, now, None, None),
        Outcome::Skipped => (EmailStatus::Skipped, now, None, None),
        Outcome::ToDigest => (EmailStatus::Digest, now, None, None),
    };
    diesel::update(n::table.filter(n::id.eq_any(ids)))
        .set((
            n::email_status.eq(status),
            n::claimed_until.eq(None::<PrimitiveDateTime>),
            n::next_attempt_at.eq(next),
            n::last_error.eq(error),
            n::sent_at.eq(sent_at),
        ))
        .execute(c)?;
    if to_digest {
        // The digest's own attempts count from its first.
        diesel::update(n::table.filter(n::id.eq_any(ids))).set(n::attempts.eq(0)).execute(c)?;
    }
    if !matches!(status, EmailStatus::Pending | EmailStatus::Digest) {
        // A settled email's sign-in link is of no more use here: it is in the mailbox or lost.
        diesel::update(n::table.filter(n::id.eq_any(ids)).filter(n::kind.eq_any(email_only())))
            .set(n::link.eq(FORGOTTEN_LINK))
            .execute(c)?;
    }
    Ok(())
}

/// The delivery log: the latest notifications with their recipient's username, newest first.
pub fn deliveries(
    c: &mut DbConnection,
    status: Option<EmailStatus>,
    offset: i64,
    limit: i64,
) -> Result<(Vec<(NotificationRow, String)>, i64), StoreError> {
    let mut q = n::table.inner_join(users::table).into_boxed();
    let mut count = n::table.into_boxed();
    if let Some(s) = status {
        q = q.filter(n::email_status.eq(s));
        count = count.filter(n::email_status.eq(s));
    }
    let rows = q
        .order((n::created_at.desc(), n::id))
        .offset(offset)
        .limit(limit)
        .select((NotificationRow::as_select(), users::username))
        .load(c)?;
    Ok((rows, count.count().get_result(c)?))
}
