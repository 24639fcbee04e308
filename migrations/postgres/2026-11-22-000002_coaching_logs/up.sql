-- One collaborative coaching log per session. meeting_month (year × 12 + month − 1) and
-- face_to_face_minutes are kept beside each log so the hours ledger can be summed by the
-- database, per month, on either backend.
CREATE TABLE coaching_logs (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    candidate_id TEXT NOT NULL REFERENCES users(id),
    coach_id TEXT NOT NULL REFERENCES users(id),
    state TEXT NOT NULL,
    meeting_date DATE,
    meeting_month INTEGER,
    start_minute INTEGER,
    duration_minutes INTEGER,
    face_to_face_minutes INTEGER NOT NULL,
    mode TEXT,
    activity_codes TEXT NOT NULL,
    standards TEXT NOT NULL,
    focus TEXT NOT NULL,
    candidate_next_steps TEXT NOT NULL,
    coach_next_steps TEXT NOT NULL,
    ilp_revisions TEXT NOT NULL,
    next_meeting_date DATE,
    next_meeting_minute INTEGER,
    follow_up_done BOOLEAN,
    submitted_at TIMESTAMP,
    acknowledged_at TIMESTAMP,
    acknowledged_by TEXT REFERENCES users(id),
    acknowledgement_comment TEXT,
    returned_at TIMESTAMP,
    returned_by TEXT REFERENCES users(id),
    return_reason TEXT,
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX coaching_logs_enrollment ON coaching_logs(enrollment_id, meeting_date);
CREATE INDEX coaching_logs_candidate_day ON coaching_logs(candidate_id, meeting_date);
-- Covers the program hours table's grouped sum.
CREATE INDEX coaching_logs_hours ON coaching_logs(program_id, state, enrollment_id, meeting_month, duration_minutes, face_to_face_minutes);

CREATE TABLE coaching_log_revisions (
    id TEXT PRIMARY KEY NOT NULL,
    log_id TEXT NOT NULL REFERENCES coaching_logs(id),
    version INTEGER NOT NULL,
    at TIMESTAMP NOT NULL,
    by_id TEXT NOT NULL REFERENCES users(id),
    action TEXT NOT NULL,
    changed_fields TEXT NOT NULL,
    before_json TEXT NOT NULL
);
CREATE INDEX coaching_log_revisions_log ON coaching_log_revisions(log_id, version);
