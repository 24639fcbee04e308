DROP TABLE annual_reviews;
