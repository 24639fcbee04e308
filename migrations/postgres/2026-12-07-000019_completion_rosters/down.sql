DROP TABLE completion_rosters;
