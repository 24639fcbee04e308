DROP TRIGGER sessions_update_generation;
DROP TRIGGER sessions_delete_generation;
DROP TRIGGER users_update_generation;
DROP TRIGGER users_delete_generation;
DROP TABLE session_generation;
