-- Attendance from the sign-in sheet: one mark per person and event, by the program's
-- coordinators. A walk-in had no place when marked. An absence from a required meeting may be
-- made up at another session of its kind (makeup_event_id) or as the coordinator records it
-- (makeup_on with a note). Minutes credited are kept as they were when the person attended, for
-- the professional-learning hours. Corrections keep the mark as it read in `revisions`.
CREATE TABLE attendance (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(id),
    program_id TEXT NOT NULL REFERENCES programs(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    status TEXT NOT NULL,
    walk_in BOOLEAN NOT NULL,
    note TEXT NOT NULL,
    credited_minutes INTEGER NOT NULL,
    makeup_event_id TEXT REFERENCES events(id),
    makeup_on DATE,
    makeup_note TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users(id),
    recorded_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (event_id, user_id)
);
CREATE INDEX attendance_program_user ON attendance(program_id, user_id);
