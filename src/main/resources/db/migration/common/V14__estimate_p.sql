-- The two-sided p-value of the test of zero on :change, :trend and :diff rows of
-- estimates-<year>.csv (CLI.md version 2, issue 17); empty on other rows.
ALTER TABLE survey_estimate ADD COLUMN p DOUBLE PRECISION;
