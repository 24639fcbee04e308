-- Single-use links to set a password, sent by email: invitations to new accounts and resets of
-- forgotten passwords. Only the SHA-256 of the link's secret is kept.
CREATE TABLE password_links (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    purpose TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX password_links_user ON password_links (user_id, created_at);
