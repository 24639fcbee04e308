-- Whether an audit entry concerns a confidential record (a coaching log, ILP, reflection,
-- Application to Practice, professional learning, job shadow or visit, request, a document
-- read as one of these, a comment on them, or any read of them). The installation
-- administrator reads a program's trail without these entries; its coordinators and director
-- read all of it. Entries written before are classified by their entity; every document
-- entry counts as confidential, since its kind was not kept apart.
ALTER TABLE audit_events ADD COLUMN confidential BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change;
UPDATE audit_events SET confidential = TRUE
WHERE entity IN ('coaching_log', 'ilp', 'reflection', 'application_to_practice', 'professional_learning',
                 'job_shadow_or_visit', 'request', 'document')
   OR action LIKE '%.read';
ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change;
CREATE INDEX audit_events_program_open ON audit_events(program_id, confidential, at);
