DROP TRIGGER monthly_coaching_hours_move ON coaching_logs;
DROP TRIGGER monthly_coaching_hours_remove ON coaching_logs;
DROP TRIGGER monthly_coaching_hours_add ON coaching_logs;
DROP FUNCTION monthly_coaching_hours_follow();
DROP TABLE monthly_coaching_hours;
CREATE INDEX coaching_logs_hours ON coaching_logs(program_id, state, enrollment_id, meeting_month, duration_minutes, face_to_face_minutes);
