-- Events and registration. Times are local to the program's time zone (as the handbook's
-- calendar gives them); minutes credited feed the requirement counts.
CREATE TABLE events (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    cohort_id TEXT REFERENCES cohorts(id),
    district_id TEXT REFERENCES districts(id),
    audience TEXT NOT NULL,
    location_name TEXT NOT NULL,
    location_room TEXT NOT NULL,
    location_address TEXT NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    capacity INTEGER,
    registration_opens_at TIMESTAMP,
    registration_closes_at TIMESTAMP,
    credited_minutes INTEGER NOT NULL,
    status TEXT NOT NULL,
    cancelled_at TIMESTAMP,
    cancelled_by TEXT REFERENCES users(id),
    cancel_reason TEXT,
    created_by TEXT NOT NULL REFERENCES users(id),
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX events_program_start ON events(program_id, starts_at);

-- One registration per person and event; `arrival` orders the waitlist (first come first).
CREATE TABLE event_registrations (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events(id),
    program_id TEXT NOT NULL REFERENCES programs(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    state TEXT NOT NULL,
    arrival INTEGER NOT NULL,
    registered_by TEXT NOT NULL REFERENCES users(id),
    registered_at TIMESTAMP NOT NULL,
    promoted_at TIMESTAMP,
    cancelled_at TIMESTAMP,
    cancelled_by TEXT REFERENCES users(id),
    version INTEGER NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (event_id, user_id)
);
CREATE INDEX event_registrations_event ON event_registrations(event_id, state, arrival);
CREATE INDEX event_registrations_user ON event_registrations(user_id);
