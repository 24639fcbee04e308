-- The e-portfolio's documents: a PDF of evidence for one candidate's enrollment, with its type,
-- its activity's date and name, and professional-learning minutes. A new upload of the same
-- document is a new version; versions are kept, never overwritten. Files live in the storage
-- under `storage_key` (a generated name), never in the database.
CREATE TABLE documents (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    activity_date DATE NOT NULL,
    minutes INTEGER,
    coaching_log_id TEXT REFERENCES coaching_logs(id),
    uploaded_by TEXT NOT NULL REFERENCES users(id),
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX documents_enrollment ON documents(enrollment_id, activity_date);

CREATE TABLE document_versions (
    id TEXT PRIMARY KEY NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id),
    number INTEGER NOT NULL,
    storage_key TEXT NOT NULL UNIQUE,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_by TEXT NOT NULL REFERENCES users(id),
    uploaded_at TIMESTAMP NOT NULL,
    UNIQUE (document_id, number)
);
