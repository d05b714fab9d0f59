-- The latest submission per (year, kommunkod, sector) is looked up by these columns
-- (MunicipalReturnStore.latestCases / latestEfforts); every submission stays in the tables.
CREATE INDEX municipal_case_submission ON municipal_case (ref_year, kommunkod, sector, submitted, file_id);
CREATE INDEX municipal_effort_submission ON municipal_effort (ref_year, kommunkod, submitted, file_id);
