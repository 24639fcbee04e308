-- Comments on every kind of shared record in one table (an ILP and its action steps, an
-- Application to Practice and its focus elements): who wrote what, when, on which part.
CREATE TABLE comments (
    id TEXT PRIMARY KEY NOT NULL,
    record_kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    -- The part commented on (an action step's id, a focus element's code); NULL: the whole.
    part TEXT,
    author_id TEXT NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX comments_record ON comments(record_kind, record_id, created_at);

INSERT INTO comments (id, record_kind, record_id, part, author_id, body, created_at)
SELECT id, 'ilp', ilp_id, step_id, author_id, body, created_at FROM ilp_comments;

DROP TABLE ilp_comments;
