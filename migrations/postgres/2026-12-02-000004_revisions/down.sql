CREATE TABLE coaching_log_revisions (
    id TEXT PRIMARY KEY NOT NULL,
    log_id TEXT NOT NULL REFERENCES coaching_logs(id),
    version INTEGER NOT NULL,
    at TIMESTAMP NOT NULL,
    by_id TEXT NOT NULL REFERENCES users(id),
    action TEXT NOT NULL,
    changed_fields TEXT NOT NULL,
    before_json TEXT NOT NULL
);
CREATE INDEX coaching_log_revisions_log ON coaching_log_revisions(log_id, version);

INSERT INTO coaching_log_revisions (id, log_id, version, at, by_id, action, changed_fields, before_json)
SELECT id, record_id, version, at, by_id, action, changed_fields, before_json FROM revisions WHERE record_kind = 'coaching_log';

DROP TABLE revisions;
