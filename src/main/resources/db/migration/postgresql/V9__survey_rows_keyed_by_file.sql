-- Every file's rows stay (issue 15: a run's inputs are what it was given): two files of the same
-- wave may hold the same class and resp_id, so the survey tables are keyed by file and line,
-- like the municipal ones. (Vendor-specific: dropping a primary key is spelt differently.)
ALTER TABLE survey_class DROP CONSTRAINT survey_class_pkey;
ALTER TABLE survey_class ADD PRIMARY KEY (file_id, line_no);
ALTER TABLE survey_response DROP CONSTRAINT survey_response_pkey;
ALTER TABLE survey_response ADD PRIMARY KEY (file_id, line_no);
