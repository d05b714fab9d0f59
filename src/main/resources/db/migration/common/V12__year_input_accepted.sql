-- When a reference year's inputs were accepted and by which job execution (hrvstat inputs shows
-- them). Null for inputs accepted before this migration.
ALTER TABLE year_input ADD COLUMN accepted_at TIMESTAMP;
ALTER TABLE year_input ADD COLUMN job_execution_id BIGINT;
