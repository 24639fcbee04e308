DROP TABLE coaching_log_revisions;
DROP TABLE coaching_logs;
