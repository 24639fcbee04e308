//! Notifications: what tells someone that something of theirs changed, and the rules of their
//! email delivery (retries with backoff, then failed; too old to send once email is turned on).

use crate::text_enum::text_enum;
use time::{Duration, PrimitiveDateTime};

text_enum! {
    /// What a notification is about.
    NoticeKind {
        /// A coach submitted a coaching log: its candidate is asked to acknowledge it.
        LogSubmitted = "log_submitted",
        /// A coordinator returned a log to its coach for correction.
        LogReturned = "log_returned",
        /// The candidate acknowledged a log.
        LogAcknowledged = "log_acknowledged",
        /// A coordinator contacted the candidate about what to follow up.
        FollowUp = "follow_up",
        /// The Program Completion Verification waits for the person's signature.
        CompletionSignatureAsked = "completion_signature_asked",
        /// The completion roster with the candidate on it went to the credential office.
        RosterSubmitted = "roster_submitted",
        /// A request waits for its decider's decision.
        RequestSubmitted = "request_submitted",
        /// A request was approved or denied.
        RequestDecided = "request_decided",
        /// A request was closed.
        RequestClosed = "request_closed",
        /// An alternative professional learning was approved or denied.
        PlDecided = "pl_decided",
        /// Someone else registered the person for an event (or put them on its waitlist).
        Registered = "registered",
        /// A place opened and the person moved up from the waitlist.
        RegistrationPromoted = "registration_promoted",
        /// An event the person is registered for changed its day, time or place.
        EventChanged = "event_changed",
        /// An event the person was registered for is cancelled.
        EventCancelled = "event_cancelled",
        /// A new account's invitation: a link to choose a password (email only).
        Invitation = "invitation",
        /// A link to choose a new password, asked for by someone who forgot theirs (email only).
        PasswordReset = "password_reset",
    }
}

impl NoticeKind {
    /// An email whose link signs in: never listed in the app (an invitee cannot sign in yet,
    /// and the link is a secret), and its link is forgotten once the email is settled.
    pub fn carries_secret(self) -> bool {
        matches!(self, NoticeKind::Invitation | NoticeKind::PasswordReset)
    }
}

text_enum! {
    /// Where a notification's email stands.
    EmailStatus {
        /// Waiting to be sent (or sent again after a failure) from `next_attempt_at`.
        Pending = "pending",
        /// Claimed by a delivery worker until `claimed_until`; after that, due again.
        Sending = "sending",
        Sent = "sent",
        /// Every attempt failed; `last_error` says why.
        Failed = "failed",
        /// Older than [`MAX_AGE`] when a worker first saw it (email was off when it was made).
        Expired = "expired",
        /// Waiting for the recipient's daily digest (from `next_attempt_at`, after a failure).
        Digest = "digest",
        /// Not emailed: the recipient turned this kind's email off.
        Skipped = "skipped",
    }
}

text_enum! {
    /// How a person wants a kind of notification emailed. In the app, every notification is
    /// listed whatever the choice: it is the record of what happened.
    EmailTiming {
        /// As it happens.
        Immediately = "immediately",
        /// Gathered into one email a day, at the program's digest hour.
        DailyDigest = "daily_digest",
        /// Not emailed.
        Off = "off",
    }
}

/// The last moment a program's daily digest was due at or before `now` (UTC): today at
/// `hour` in `zone`, or yesterday's when that is still to come. Notifications made before it
/// go into the digest; later ones wait for the next.
pub fn last_digest_at(zone: &str, hour: u8, now: PrimitiveDateTime) -> PrimitiveDateTime {
    let local_now = crate::time_zone::local_in(zone, now.assume_utc());
    let at = |date: time::Date| {
        let local =
            PrimitiveDateTime::new(date, time::Time::from_hms(hour.min(23), 0, 0).unwrap_or(time::Time::MIDNIGHT));
        let utc = crate::time_zone::instant_of(zone, local).to_offset(time::UtcOffset::UTC);
        PrimitiveDateTime::new(utc.date(), utc.time())
    };
    let today = at(local_now.date());
    if today <= now {
        today
    } else {
        at(local_now.date().previous_day().unwrap_or(local_now.date()))
    }
}

/// Attempts before an email is given up as failed.
pub const MAX_ATTEMPTS: i32 = 6;

/// How long a claim lasts: a worker that dies mid-send leaves the row due again after it.
pub const CLAIM: Duration = Duration::minutes(5);

/// A notification older than this is not emailed (in-app only): email was off when it was made,
/// and a week-old "please acknowledge" arriving at once with a hundred others helps nobody.
pub const MAX_AGE: Duration = Duration::days(3);

/// When to try again after failed attempt number `attempts` (1, 2, …): 1, 5, 15, 60 then 240
/// minutes later; `None` once [`MAX_ATTEMPTS`] have failed.
pub fn retry_at(attempts: i32, now: PrimitiveDateTime) -> Option<PrimitiveDateTime> {
    const MINUTES: [i64; 5] = [1, 5, 15, 60, 240];
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let step = MINUTES[(attempts.max(1) as usize - 1).min(MINUTES.len() - 1)];
    Some(now + Duration::minutes(step))
}

/// Whether a notification made at `created_at` is still worth emailing at `now`.
pub fn fresh(created_at: PrimitiveDateTime, now: PrimitiveDateTime) -> bool {
    now - created_at <= MAX_AGE
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: PrimitiveDateTime = datetime!(2026-12-07 10:00);

    #[test]
    fn a_failed_email_is_tried_again_later_each_time_then_given_up() {
        let waits: Vec<i64> = (1..MAX_ATTEMPTS).map(|n| (retry_at(n, NOW).unwrap() - NOW).whole_minutes()).collect();
        assert_eq!(waits, [1, 5, 15, 60, 240]);
        assert_eq!(retry_at(MAX_ATTEMPTS, NOW), None);
        assert_eq!(retry_at(MAX_ATTEMPTS + 3, NOW), None);
    }

    #[test]
    fn the_digest_goes_out_at_the_programs_hour_in_its_time_zone() {
        // 07:00 in California is 15:00 UTC in December (PST, UTC-8).
        let zone = "America/Los_Angeles";
        assert_eq!(last_digest_at(zone, 7, datetime!(2026-12-07 15:00)), datetime!(2026-12-07 15:00));
        assert_eq!(last_digest_at(zone, 7, datetime!(2026-12-07 14:59)), datetime!(2026-12-06 15:00));
        // Past midnight UTC it is still the evening before in California.
        assert_eq!(last_digest_at(zone, 7, datetime!(2026-12-08 03:00)), datetime!(2026-12-07 15:00));
        // In July (PDT, UTC-7) the same hour is 14:00 UTC.
        assert_eq!(last_digest_at(zone, 7, datetime!(2026-07-01 14:30)), datetime!(2026-07-01 14:00));
        assert_eq!(last_digest_at("UTC", 0, datetime!(2026-12-07 00:00)), datetime!(2026-12-07 00:00));
    }

    #[test]
    fn a_notification_older_than_three_days_is_not_emailed() {
        assert!(fresh(NOW - Duration::days(3), NOW));
        assert!(!fresh(NOW - Duration::days(3) - Duration::seconds(1), NOW));
    }
}
