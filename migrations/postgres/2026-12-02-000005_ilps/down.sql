DROP TABLE ilp_comments;
DROP TABLE ilps;
