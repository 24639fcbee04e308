DROP TABLE completion_verifications;
