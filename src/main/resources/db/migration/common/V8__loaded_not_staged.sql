-- Rows are landed straight into their tables since V5 (no staging table): the columns that say
-- when a file's rows were landed and how many are named for that.
ALTER TABLE input_file RENAME COLUMN staged_at TO loaded_at;
ALTER TABLE input_file RENAME COLUMN rows_staged TO rows_loaded;
