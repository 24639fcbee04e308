DROP TRIGGER memberships_access ON memberships;
DROP TRIGGER coach_assignments_access ON coach_assignments;
DROP TRIGGER enrollments_access ON enrollments;
DROP TRIGGER cohorts_access ON cohorts;
DROP TRIGGER programs_access ON programs;
DROP FUNCTION count_access_change();
DROP TABLE access_generation;
