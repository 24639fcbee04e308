-- The program's requests (the handbook's change of coach, extension, withdrawal, complaint and
-- doctoral waiver forms): the form's fields in `form`, the decision and its outcome in
-- `decision`, every step of the flow (who, when, a note) in `steps`.
CREATE TABLE requests (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    candidate_id TEXT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    form TEXT NOT NULL,
    status TEXT NOT NULL,
    decision TEXT,
    steps TEXT NOT NULL,
    submitted_by TEXT NOT NULL REFERENCES users(id),
    version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX requests_enrollment ON requests(enrollment_id, created_at);
CREATE INDEX requests_program ON requests(program_id, status);
-- At most one open request of a kind per enrollment, even between two racing submissions.
CREATE UNIQUE INDEX requests_one_open ON requests(enrollment_id, kind) WHERE status IN ('submitted', 'under_review');

-- Charges an approved request adds to a fee plan (an extension year, a withdrawal), fixed at
-- the amount of the day; the program fee's installments are computed, never stored.
CREATE TABLE fee_charges (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    kind TEXT NOT NULL,
    program_year INTEGER NOT NULL,
    due_on DATE NOT NULL,
    amount_cents INTEGER NOT NULL,
    request_id TEXT NOT NULL REFERENCES requests(id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX fee_charges_enrollment ON fee_charges(enrollment_id);

-- A change of cost structure or payer from a day (a change of district, in the handbook's
-- example): installments due before it, or paid when it was recorded (what each payer had paid by then),
-- stay as they were; the rest follow the new structure.
CREATE TABLE fee_plan_changes (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    effective_on DATE NOT NULL,
    from_cost_structure TEXT NOT NULL,
    from_fee_payer TEXT NOT NULL,
    from_district_id TEXT NOT NULL REFERENCES districts(id),
    cost_structure TEXT NOT NULL,
    fee_payer TEXT NOT NULL,
    district_id TEXT NOT NULL REFERENCES districts(id),
    paid_agency_cents INTEGER NOT NULL,
    paid_candidate_cents INTEGER NOT NULL,
    note TEXT,
    recorded_by TEXT NOT NULL REFERENCES users(id),
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX fee_plan_changes_enrollment ON fee_plan_changes(enrollment_id, effective_on);

-- An extension adds program years to the enrollment; a withdrawal ends it on a day.
ALTER TABLE enrollments ADD COLUMN extension_years INTEGER NOT NULL DEFAULT 0;
ALTER TABLE enrollments ADD COLUMN withdrawn_on DATE;

ALTER TABLE documents ADD COLUMN request_id TEXT REFERENCES requests(id);
CREATE INDEX documents_request ON documents(request_id);
