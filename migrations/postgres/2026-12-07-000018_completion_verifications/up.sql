-- The Program Completion Verification of each enrollment (its id is the enrollment's): the
-- confirmations of its two columns and its signatures, as JSON lists, under one version so two
-- people confirming at once never overwrite each other.
CREATE TABLE completion_verifications (
    id TEXT PRIMARY KEY NOT NULL REFERENCES enrollments(id),
    program_id TEXT NOT NULL REFERENCES programs(id),
    confirmations TEXT NOT NULL,
    signatures TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX completion_verifications_program ON completion_verifications(program_id);
INSERT INTO completion_verifications (id, program_id, confirmations, signatures, version, created_at, updated_at)
    SELECT id, program_id, '[]', '[]', 1, created_at, created_at FROM enrollments;
