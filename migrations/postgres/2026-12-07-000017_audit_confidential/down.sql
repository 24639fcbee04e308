DROP INDEX audit_events_program_open;
ALTER TABLE audit_events DROP COLUMN confidential;
