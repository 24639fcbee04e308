ALTER TABLE ilps DROP COLUMN date_created;
