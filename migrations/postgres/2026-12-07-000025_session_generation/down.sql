DROP TRIGGER sessions_generation ON sessions;
DROP TRIGGER users_generation ON users;
DROP FUNCTION count_session_change();
DROP TABLE session_generation;
