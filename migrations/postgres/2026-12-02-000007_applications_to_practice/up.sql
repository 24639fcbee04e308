-- The Application to Practice: one per enrollment, built on its submitted interim reflection.
CREATE TABLE applications_to_practice (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL UNIQUE REFERENCES enrollments(id),
    candidate_id TEXT NOT NULL REFERENCES users(id),
    reflection_id TEXT NOT NULL REFERENCES reflections(id),
    status TEXT NOT NULL,
    content TEXT NOT NULL,
    counts_for_pl BOOLEAN NOT NULL,
    submitted_at TIMESTAMP,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
