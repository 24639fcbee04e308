-- Ids are UUID text; instants are UTC TIMESTAMP; calendar dates are DATE; money is BIGINT cents.
CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    must_change_password BOOLEAN NOT NULL,
    is_admin BOOLEAN NOT NULL,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE refresh_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX refresh_tokens_session ON refresh_tokens(session_id);

CREATE TABLE programs (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    organisation TEXT NOT NULL,
    framework TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    settings TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE cohorts (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    label TEXT NOT NULL,
    start_date DATE NOT NULL,
    program_years INTEGER NOT NULL,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (program_id, label)
);

CREATE TABLE districts (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    name TEXT NOT NULL,
    county TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (program_id, name)
);

CREATE TABLE memberships (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    program_id TEXT NOT NULL REFERENCES programs(id),
    role TEXT NOT NULL,
    district_id TEXT REFERENCES districts(id),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (user_id, program_id, role)
);
CREATE INDEX memberships_program ON memberships(program_id, role);

CREATE TABLE enrollments (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    candidate_id TEXT NOT NULL REFERENCES users(id),
    cohort_id TEXT NOT NULL REFERENCES cohorts(id),
    start_date DATE NOT NULL,
    status TEXT NOT NULL,
    district_id TEXT NOT NULL REFERENCES districts(id),
    site TEXT,
    position TEXT NOT NULL,
    employment TEXT NOT NULL,
    supervisor_name TEXT,
    supervisor_email TEXT,
    credential_number TEXT,
    credential_issued_on DATE,
    appointment_date DATE,
    cost_structure TEXT NOT NULL,
    agreement_signed_on DATE,
    employment_verified_on DATE,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (program_id, candidate_id)
);
CREATE INDEX enrollments_cohort ON enrollments(cohort_id);
CREATE INDEX enrollments_district ON enrollments(district_id);
CREATE INDEX enrollments_candidate ON enrollments(candidate_id);

CREATE TABLE coach_assignments (
    id TEXT PRIMARY KEY NOT NULL,
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    coach_id TEXT NOT NULL REFERENCES users(id),
    start_date DATE NOT NULL,
    end_date DATE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX coach_assignments_enrollment ON coach_assignments(enrollment_id);
CREATE INDEX coach_assignments_coach ON coach_assignments(coach_id);

CREATE TABLE audit_events (
    id TEXT PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    actor_id TEXT REFERENCES users(id),
    program_id TEXT REFERENCES programs(id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_events_program ON audit_events(program_id, at);
CREATE INDEX audit_events_entity ON audit_events(entity, entity_id);

-- The audit trail is append-only: the database itself refuses to rewrite history.
CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
