-- The ILP form's "date created", which the candidate and coach may set (a plan entered from
-- paper keeps the date it was written); the plans kept so far take the day they were stored.
ALTER TABLE ilps ADD COLUMN date_created DATE;
UPDATE ilps SET date_created = date(created_at);
