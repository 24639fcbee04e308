ALTER TABLE fee_plan_changes DROP COLUMN candidate_fee_cents;
ALTER TABLE fee_plan_changes DROP COLUMN from_candidate_fee_cents;
ALTER TABLE enrollments DROP COLUMN candidate_fee_cents;
