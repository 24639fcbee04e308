-- A count of the changes that can end a sign-in: a session revoked (signing out, a password
-- change, a detected token theft) and an account changed (disabled, its password or roles of
-- administration). Each server keeps the sessions it saw live in memory; it reads this count a
-- few times a second and forgets what it saw before a change, so a sign-out on one server
-- refuses the token on every other (crates/api/src/auth/session_cache.rs).
CREATE TABLE session_generation (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    n BIGINT NOT NULL
);
INSERT INTO session_generation (id, n) VALUES (1, 0);
-- Counted at commit (deferred), as access_generation is, so that transactions never wait on
-- the count while holding rows another needs.
CREATE FUNCTION count_session_change() RETURNS trigger AS $$
BEGIN
    UPDATE session_generation SET n = n + 1 WHERE id = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE CONSTRAINT TRIGGER sessions_generation AFTER UPDATE OR DELETE ON sessions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION count_session_change();
CREATE CONSTRAINT TRIGGER users_generation AFTER UPDATE OR DELETE ON users DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION count_session_change();
