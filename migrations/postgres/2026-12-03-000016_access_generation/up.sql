-- A count of the changes to what decides a caller's access to an enrollment's records: their
-- roles (memberships), the coach assignments, the enrollment, its cohort and its program. The
-- server keeps each caller's access context across requests and uses it only while this count
-- is the one it was built at, read in the request's own transaction (crates/api/src/access_cache.rs).
CREATE TABLE access_generation (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    n BIGINT NOT NULL
);
INSERT INTO access_generation (id, n) VALUES (1, 0);
-- Counted at commit (deferred), after everything else the transaction changed: two
-- transactions changing these tables in different orders then never wait on each other's
-- count while holding the rows the other needs.
CREATE FUNCTION count_access_change() RETURNS trigger AS $$
BEGIN
    UPDATE access_generation SET n = n + 1 WHERE id = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE CONSTRAINT TRIGGER memberships_access AFTER INSERT OR UPDATE OR DELETE ON memberships DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION count_access_change();
CREATE CONSTRAINT TRIGGER coach_assignments_access AFTER INSERT OR UPDATE OR DELETE ON coach_assignments DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION count_access_change();
CREATE CONSTRAINT TRIGGER enrollments_access AFTER INSERT OR UPDATE OR DELETE ON enrollments DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION count_access_change();
CREATE CONSTRAINT TRIGGER cohorts_access AFTER INSERT OR UPDATE OR DELETE ON cohorts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION count_access_change();
CREATE CONSTRAINT TRIGGER programs_access AFTER INSERT OR UPDATE OR DELETE ON programs DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION count_access_change();
