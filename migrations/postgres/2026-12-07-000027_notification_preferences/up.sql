-- How each person wants each kind of notification emailed: immediately (no row), in the
-- program's daily digest, or not at all.
CREATE TABLE notification_preferences (
    user_id TEXT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    email TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, kind)
);
