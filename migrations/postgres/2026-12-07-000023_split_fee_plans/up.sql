-- Plan C of the participation agreement: the candidate and the agency share each installment.
-- `fee_payer` now also takes 'split'; the candidate's part of the program fee is kept beside it
-- (the agency pays the rest), and a change of plan keeps it from before and after.
ALTER TABLE enrollments ADD COLUMN candidate_fee_cents BIGINT;
ALTER TABLE fee_plan_changes ADD COLUMN from_candidate_fee_cents BIGINT;
ALTER TABLE fee_plan_changes ADD COLUMN candidate_fee_cents BIGINT;
