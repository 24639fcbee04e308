-- The CASC Completion Candidate Roster: the recommended candidates a coordinator sends to the
-- credential office (their enrollments' ids, a JSON list), a draft until submitted.
CREATE TABLE completion_rosters (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_ids TEXT NOT NULL,
    status TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users(id),
    submitted_by TEXT REFERENCES users(id),
    submitted_at TIMESTAMP,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX completion_rosters_program ON completion_rosters(program_id);
