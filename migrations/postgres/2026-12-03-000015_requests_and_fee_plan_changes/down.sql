DROP INDEX documents_request;
ALTER TABLE documents DROP COLUMN request_id;
ALTER TABLE enrollments DROP COLUMN withdrawn_on;
ALTER TABLE enrollments DROP COLUMN extension_years;
DROP TABLE fee_plan_changes;
DROP TABLE fee_charges;
DROP TABLE requests;
