DROP TRIGGER monthly_coaching_hours_move;
DROP TRIGGER monthly_coaching_hours_remove;
DROP TRIGGER monthly_coaching_hours_add;
DROP TABLE monthly_coaching_hours;
CREATE INDEX coaching_logs_hours ON coaching_logs(program_id, state, enrollment_id, meeting_month, duration_minutes, face_to_face_minutes);
