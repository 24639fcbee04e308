DROP INDEX documents_professional_learning;
ALTER TABLE documents DROP COLUMN experience_id;
ALTER TABLE documents DROP COLUMN professional_learning_id;
DROP TABLE job_shadows_and_visits;
DROP TABLE professional_learning;
