-- The n of a suppressed estimate whose denominator counts a sensitive group (e.g. the respondents
-- exposed to violence) is not published (issue 14): survey_estimate.n may be empty.
ALTER TABLE survey_estimate ALTER COLUMN n DROP NOT NULL;
