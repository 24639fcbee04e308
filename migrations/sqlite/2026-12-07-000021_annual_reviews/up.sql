-- The e-portfolio's annual review: the candidate and their coach each mark it reviewed for a
-- program year, once.
CREATE TABLE annual_reviews (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    program_year INTEGER NOT NULL,
    reviewer TEXT NOT NULL,
    reviewed_by TEXT NOT NULL REFERENCES users(id),
    reviewed_at TIMESTAMP NOT NULL,
    UNIQUE (enrollment_id, program_year, reviewer)
);
