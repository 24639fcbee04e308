-- Revisions of every kind of record in one table, kept by the API's record kernel: the record
-- as it read before a change (as the API showed it), who changed it, when and which fields.
CREATE TABLE revisions (
    id TEXT PRIMARY KEY NOT NULL,
    record_kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    at TIMESTAMP NOT NULL,
    by_id TEXT NOT NULL REFERENCES users(id),
    action TEXT NOT NULL,
    changed_fields TEXT NOT NULL,
    before_json TEXT NOT NULL
);
CREATE INDEX revisions_record ON revisions(record_kind, record_id, version);

INSERT INTO revisions (id, record_kind, record_id, version, at, by_id, action, changed_fields, before_json)
SELECT id, 'coaching_log', log_id, version, at, by_id, action, changed_fields, before_json FROM coaching_log_revisions;

DROP TABLE coaching_log_revisions;
