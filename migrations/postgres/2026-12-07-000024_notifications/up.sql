-- The outbox: each notification is written in the transaction of the change that causes it,
-- read in the app by its recipient, and (when SMTP is configured) emailed by the delivery
-- worker, which claims due rows, sends them, and records the outcome with retries.
CREATE TABLE notifications (
    id TEXT PRIMARY KEY NOT NULL,
    recipient_id TEXT NOT NULL REFERENCES users(id),
    program_id TEXT REFERENCES programs(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    link TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP,
    email_status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_until TIMESTAMP,
    last_error TEXT,
    sent_at TIMESTAMP
);
CREATE INDEX notifications_recipient ON notifications (recipient_id, created_at);
CREATE INDEX notifications_due ON notifications (email_status, next_attempt_at);
