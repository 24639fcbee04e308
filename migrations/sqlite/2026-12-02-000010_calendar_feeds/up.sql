-- A person's private calendar feed: the hash of its secret URL (the secret is shown once);
-- replacing or deleting the row revokes the old URL.
CREATE TABLE calendar_feeds (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users(id),
    secret_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);
