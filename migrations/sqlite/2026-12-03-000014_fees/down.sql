DROP TABLE payments;
ALTER TABLE enrollments DROP COLUMN fee_payer;
