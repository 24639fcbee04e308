-- Alternative professional learning: the handbook's Professional Learning Reflection form
-- (title, date, time, related ILP; the standards, placement and summary in `reflection`),
-- submitted to the coordinator's queue and approved or denied with a reason. Its three PDFs
-- are documents attached to it.
CREATE TABLE professional_learning (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    candidate_id TEXT NOT NULL REFERENCES users(id),
    title TEXT NOT NULL,
    activity_date DATE NOT NULL,
    minutes INTEGER NOT NULL,
    ilp_id TEXT REFERENCES ilps(id),
    reflection TEXT NOT NULL,
    status TEXT NOT NULL,
    submitted_at TIMESTAMP,
    decided_by TEXT REFERENCES users(id),
    decided_at TIMESTAMP,
    decision_reason TEXT,
    created_by TEXT NOT NULL REFERENCES users(id),
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX professional_learning_enrollment ON professional_learning(enrollment_id, activity_date);
CREATE INDEX professional_learning_queue ON professional_learning(program_id, status);

-- The job shadow (at least four hours) or the full-day Distinguished School / WASC visit, the
-- handbook's one-page forms; the form's fields are kept together in `form`.
CREATE TABLE job_shadows_and_visits (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    candidate_id TEXT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    activity_date DATE NOT NULL,
    minutes INTEGER,
    form TEXT NOT NULL,
    status TEXT NOT NULL,
    submitted_at TIMESTAMP,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX job_shadows_and_visits_enrollment ON job_shadows_and_visits(enrollment_id);

ALTER TABLE documents ADD COLUMN professional_learning_id TEXT REFERENCES professional_learning(id);
ALTER TABLE documents ADD COLUMN experience_id TEXT REFERENCES job_shadows_and_visits(id);
CREATE INDEX documents_professional_learning ON documents(professional_learning_id);
