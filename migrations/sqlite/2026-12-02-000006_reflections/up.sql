-- Reflection assessments: one per term per enrollment. Entries (per element: rating, evidence,
-- next steps) are JSON; how many elements are complete and how many are at "meets" or above are
-- kept beside them on every save, so the program's view reads no entries.
CREATE TABLE reflections (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    candidate_id TEXT NOT NULL REFERENCES users(id),
    term TEXT NOT NULL,
    status TEXT NOT NULL,
    entries TEXT NOT NULL,
    complete_elements INTEGER NOT NULL,
    meets_elements INTEGER NOT NULL,
    submitted_at TIMESTAMP,
    reopened_at TIMESTAMP,
    reopened_by TEXT REFERENCES users(id),
    reopen_reason TEXT,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (enrollment_id, term)
);
CREATE INDEX reflections_program ON reflections(program_id, enrollment_id);
