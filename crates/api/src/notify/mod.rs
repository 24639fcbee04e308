//! Notifications: what a change tells whom. A record kind names the notices a step of its
//! causes (`kernel::Record::notices`); the kernel writes them to the outbox in the change's own
//! transaction, so a change that rolls back tells nobody and one that commits is never
//! forgotten. The recipient reads them in the app; the delivery worker (`worker`) emails them
//! when SMTP is configured (`mailer`).

pub mod mailer;
pub mod unsubscribe;
pub mod worker;

use crate::error::ApiError;
use coachfolio_domain::ids::{ProgramId, UserId};
use coachfolio_domain::notification::NoticeKind;
use coachfolio_persistence::notifications::{self, NotificationRow};
use coachfolio_persistence::DbConnection;

/// One person told one thing. `title` and `body` go into an email: they carry no text of a
/// confidential record (a log's date, never its notes), only what the recipient may read.
#[derive(Debug, Clone)]
pub(crate) struct Notice {
    pub to: UserId,
    pub program_id: ProgramId,
    pub kind: NoticeKind,
    pub title: String,
    pub body: String,
    /// The record's page in the web app.
    pub link: String,
}

/// Writes `notices` to the outbox, leaving out any to `actor` (nobody is told of what they did
/// themselves).
pub(crate) fn enqueue(c: &mut DbConnection, actor: UserId, notices: Vec<Notice>) -> Result<(), ApiError> {
    let rows: Vec<NotificationRow> = notices
        .into_iter()
        .filter(|n| n.to != actor)
        .map(|n| NotificationRow::new(n.to, Some(n.program_id), n.kind, n.title, n.body, n.link))
        .collect();
    if !rows.is_empty() {
        notifications::insert(c, &rows)?;
    }
    Ok(())
}
