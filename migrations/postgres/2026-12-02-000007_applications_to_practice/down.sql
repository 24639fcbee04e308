DROP TABLE applications_to_practice;
