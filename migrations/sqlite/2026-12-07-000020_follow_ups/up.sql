-- The portfolio review's "contact the candidate": a message from the program's staff to a
-- candidate (the follow-up flags it is about, a JSON list), open until resolved.
CREATE TABLE follow_ups (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    candidate_id TEXT NOT NULL REFERENCES users(id),
    flags TEXT NOT NULL,
    message TEXT NOT NULL,
    status TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users(id),
    resolved_by TEXT REFERENCES users(id),
    resolved_at TIMESTAMP,
    resolution TEXT,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX follow_ups_enrollment ON follow_ups(enrollment_id);
CREATE INDEX follow_ups_program_status ON follow_ups(program_id, status);
