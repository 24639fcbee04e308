-- Fees: who pays an enrollment's program fee (the participation agreement's Plan A, the
-- agency, or Plan B, the candidate); the schedule itself is computed from the program's
-- settings, the cost structure and the cohort's start, never stored.
ALTER TABLE enrollments ADD COLUMN fee_payer TEXT NOT NULL DEFAULT 'agency';

-- Payments, recorded by a coordinator and never changed: a mistake is corrected by a reversing
-- entry (the negative amount, pointing at the payment it reverses, at most one per payment).
CREATE TABLE payments (
    id TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    paid_on DATE NOT NULL,
    payer TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    method TEXT NOT NULL,
    reference TEXT,
    reverses_id TEXT UNIQUE REFERENCES payments(id),
    note TEXT,
    recorded_by TEXT NOT NULL REFERENCES users(id),
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX payments_enrollment ON payments(enrollment_id, paid_on);
CREATE INDEX payments_program ON payments(program_id);
