-- The latest submission per (year, kommunkod, sector) is looked up by these columns
-- (MunicipalReturnStore.latestCases / latestEfforts); every submission stays in the tables.
CREATE INDEX municipal_case_submission ON municipal_case (ref_year, kommunkod, sector, submitted, file_id);
CREATE INDEX municipal_effort_submission ON municipal_effort (ref_year, kommunkod, submitted, file_id);

-- A corrected survey file replaces the earlier file of its wave (ValidatedRowStore): with these
-- indexes the check for rows of other files is two short index range scans per chunk, not a
-- scan of the whole wave.
CREATE INDEX survey_response_file ON survey_response (wave, file_id);
CREATE INDEX survey_class_file ON survey_class (wave, file_id);
CREATE INDEX register_count_file ON register_count (wave, file_id);
