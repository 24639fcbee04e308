CREATE TABLE ilp_comments (
    id TEXT PRIMARY KEY NOT NULL,
    ilp_id TEXT NOT NULL REFERENCES ilps(id) ON DELETE CASCADE,
    step_id TEXT,
    author_id TEXT NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX ilp_comments_ilp ON ilp_comments(ilp_id, created_at);

INSERT INTO ilp_comments (id, ilp_id, step_id, author_id, body, created_at)
SELECT id, record_id, part, author_id, body, created_at FROM comments WHERE record_kind = 'ilp';

DROP TABLE comments;
