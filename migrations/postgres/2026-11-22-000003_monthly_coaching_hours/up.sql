-- Coaching per enrollment, calendar month and log state, kept by triggers in the same
-- transaction as every change to a log. The hours ledger and the program hours table read
-- one row per candidate and month here instead of summing every log (docs/benchmarks.md).
CREATE TABLE monthly_coaching_hours (
    enrollment_id TEXT NOT NULL REFERENCES enrollments(id),
    month INTEGER NOT NULL,
    state TEXT NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs(id),
    minutes INTEGER NOT NULL,
    face_to_face_minutes INTEGER NOT NULL,
    sessions INTEGER NOT NULL,
    PRIMARY KEY (enrollment_id, month, state)
);
-- Covers the program hours table.
CREATE INDEX monthly_coaching_hours_program
    ON monthly_coaching_hours(program_id, state, enrollment_id, month, minutes, face_to_face_minutes, sessions);

INSERT INTO monthly_coaching_hours
SELECT enrollment_id, meeting_month, state, program_id,
       COALESCE(SUM(duration_minutes), 0), SUM(face_to_face_minutes), COUNT(*)
FROM coaching_logs WHERE meeting_month IS NOT NULL
GROUP BY enrollment_id, meeting_month, state, program_id;

DROP INDEX coaching_logs_hours;

-- Moves a log's contribution: out of its old month and state, into the new ones.
CREATE FUNCTION monthly_coaching_hours_follow() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.meeting_month IS NOT NULL THEN
            UPDATE monthly_coaching_hours SET
                minutes = minutes - COALESCE(OLD.duration_minutes, 0),
                face_to_face_minutes = face_to_face_minutes - OLD.face_to_face_minutes,
                sessions = sessions - 1
            WHERE enrollment_id = OLD.enrollment_id AND month = OLD.meeting_month AND state = OLD.state;
            DELETE FROM monthly_coaching_hours
            WHERE enrollment_id = OLD.enrollment_id AND month = OLD.meeting_month AND state = OLD.state
              AND sessions = 0;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.meeting_month IS NOT NULL THEN
            INSERT INTO monthly_coaching_hours
            VALUES (NEW.enrollment_id, NEW.meeting_month, NEW.state, NEW.program_id,
                    COALESCE(NEW.duration_minutes, 0), NEW.face_to_face_minutes, 1)
            ON CONFLICT (enrollment_id, month, state) DO UPDATE SET
                minutes = monthly_coaching_hours.minutes + EXCLUDED.minutes,
                face_to_face_minutes = monthly_coaching_hours.face_to_face_minutes + EXCLUDED.face_to_face_minutes,
                sessions = monthly_coaching_hours.sessions + 1;
        END IF;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER monthly_coaching_hours_add AFTER INSERT ON coaching_logs
FOR EACH ROW EXECUTE FUNCTION monthly_coaching_hours_follow();
CREATE TRIGGER monthly_coaching_hours_remove AFTER DELETE ON coaching_logs
FOR EACH ROW EXECUTE FUNCTION monthly_coaching_hours_follow();
CREATE TRIGGER monthly_coaching_hours_move AFTER UPDATE ON coaching_logs
FOR EACH ROW WHEN (OLD.meeting_month IS DISTINCT FROM NEW.meeting_month OR OLD.state IS DISTINCT FROM NEW.state
    OR OLD.duration_minutes IS DISTINCT FROM NEW.duration_minutes
    OR OLD.face_to_face_minutes IS DISTINCT FROM NEW.face_to_face_minutes
    OR OLD.enrollment_id IS DISTINCT FROM NEW.enrollment_id)
EXECUTE FUNCTION monthly_coaching_hours_follow();
