//! Notifications on the wire.

use coachfolio_domain::notification::{EmailStatus, EmailTiming, NoticeKind};
use coachfolio_persistence::notifications::NotificationRow;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

/// Something that changed of the person's, with where to see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Notification {
    pub id: Uuid,
    pub kind: NoticeKind,
    pub program_id: Option<Uuid>,
    pub title: String,
    pub body: String,
    /// The record's page in the web app (a path).
    #[schema(example = "/coaching-logs/6f1c…")]
    pub link: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub read_at: Option<OffsetDateTime>,
}

impl From<NotificationRow> for Notification {
    fn from(r: NotificationRow) -> Notification {
        Notification {
            id: r.id.uuid(),
            kind: r.kind,
            program_id: r.program_id.map(|p| p.uuid()),
            title: r.title,
            body: r.body,
            link: r.link,
            created_at: r.created_at.assume_utc(),
            read_at: r.read_at.map(|t| t.assume_utc()),
        }
    }
}

/// The person's latest notifications, newest first, and how many are unread.
#[derive(Debug, Serialize, ToSchema)]
pub struct Notifications {
    pub items: Vec<Notification>,
    pub unread_count: i64,
}

/// One notification's email as the delivery log shows it: to whom, where it stands, why it
/// failed. Never its text.
#[derive(Debug, Serialize, ToSchema)]
pub struct Delivery {
    pub id: Uuid,
    pub kind: NoticeKind,
    /// The recipient's username.
    pub recipient: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    pub email_status: EmailStatus,
    pub attempts: i32,
    /// When a pending email is (next) tried.
    #[serde(with = "time::serde::rfc3339")]
    pub next_attempt_at: OffsetDateTime,
    pub last_error: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub sent_at: Option<OffsetDateTime>,
}

crate::pagination::page_of!(DeliveryPage, Delivery);

/// Which deliveries to list, a page at a time.
#[derive(Debug, Default, Deserialize, IntoParams, Validate)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DeliveryQuery {
    /// Only emails in this state (failed ones, say).
    pub email_status: Option<EmailStatus>,
    #[param(minimum = 1, maximum = 1000000)]
    #[validate(range(min = 1, max = 1000000))]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    #[validate(range(min = 1, max = 100))]
    pub per_page: Option<u32>,
}

/// How a person wants one kind of notification emailed.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Preference {
    pub kind: NoticeKind,
    pub email: EmailTiming,
}

/// A person's email choices, one for every kind they may receive (account emails, always
/// sent, are not among them), and when each of their programs sends its daily digest.
#[derive(Debug, Serialize, ToSchema)]
pub struct Preferences {
    pub items: Vec<Preference>,
    pub digests: Vec<DigestTime>,
}

/// When a program's daily digest goes out.
#[derive(Debug, Serialize, ToSchema)]
pub struct DigestTime {
    pub program_id: Uuid,
    pub program_name: String,
    /// The hour (0–23) in the program's time zone.
    pub hour: u8,
    #[schema(example = "America/Los_Angeles")]
    pub time_zone: String,
}

/// Choices to change: the kinds listed, and no others.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PreferencesChange {
    pub items: Vec<Preference>,
}

/// What an unsubscribe link turns off (from the link's query).
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct UnsubscribeQuery {
    /// The person the email went to.
    pub user: Uuid,
    /// A kind of notification, or `daily_digest`.
    #[param(max_length = 40)]
    pub kind: String,
    /// The link's signature.
    #[param(max_length = 100)]
    pub sig: String,
}

/// What was turned off.
#[derive(Debug, Serialize, ToSchema)]
pub struct Unsubscribed {
    /// The kind whose emails stopped, or `daily_digest`.
    pub kind: String,
    pub email: EmailTiming,
}
