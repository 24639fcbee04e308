-- A count of the changes to what decides a caller's access to an enrollment's records: their
-- roles (memberships), the coach assignments, the enrollment, its cohort and its program. The
-- server keeps each caller's access context across requests and uses it only while this count
-- is the one it was built at, read in the request's own transaction (crates/api/src/access_cache.rs).
CREATE TABLE access_generation (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    n BIGINT NOT NULL
);
INSERT INTO access_generation (id, n) VALUES (1, 0);
CREATE TRIGGER memberships_insert_access AFTER INSERT ON memberships BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER memberships_update_access AFTER UPDATE ON memberships BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER memberships_delete_access AFTER DELETE ON memberships BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER coach_assignments_insert_access AFTER INSERT ON coach_assignments BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER coach_assignments_update_access AFTER UPDATE ON coach_assignments BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER coach_assignments_delete_access AFTER DELETE ON coach_assignments BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER enrollments_insert_access AFTER INSERT ON enrollments BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER enrollments_update_access AFTER UPDATE ON enrollments BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER enrollments_delete_access AFTER DELETE ON enrollments BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER cohorts_insert_access AFTER INSERT ON cohorts BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER cohorts_update_access AFTER UPDATE ON cohorts BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER cohorts_delete_access AFTER DELETE ON cohorts BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER programs_insert_access AFTER INSERT ON programs BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER programs_update_access AFTER UPDATE ON programs BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER programs_delete_access AFTER DELETE ON programs BEGIN UPDATE access_generation SET n = n + 1 WHERE id = 1; END;
