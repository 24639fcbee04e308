-- Individual Leadership Plans: written by the candidate with their coach. Standards, elements
-- and action steps are JSON; the steps carry ids so comments can point at one.
CREATE TABLE ilps (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    candidate_id TEXT NOT NULL REFERENCES users(id),
    program_year INTEGER NOT NULL,
    status TEXT NOT NULL,
    standards TEXT NOT NULL,
    elements TEXT NOT NULL,
    focus TEXT NOT NULL,
    smart_goal TEXT NOT NULL,
    steps TEXT NOT NULL,
    pl_helped BOOLEAN,
    pl_explanation TEXT NOT NULL,
    reflective_summary TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users(id),
    updated_by TEXT NOT NULL REFERENCES users(id),
    activated_at TIMESTAMP,
    completed_at TIMESTAMP,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX ilps_enrollment ON ilps(enrollment_id, program_year);

-- Comments on a plan or on one of its steps (the coach's, and the conversation around them).
CREATE TABLE ilp_comments (
    id TEXT PRIMARY KEY NOT NULL,
    ilp_id TEXT NOT NULL REFERENCES ilps(id) ON DELETE CASCADE,
    step_id TEXT,
    author_id TEXT NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX ilp_comments_ilp ON ilp_comments(ilp_id, created_at);
