-- Rows are read, screened and validated in one pass straight from the file and land once,
-- typed in their table or as rejects (issue 5 item 7, docs/benchmarks.md): the raw staging
-- table is no longer written. input_file.staged_at / rows_staged now mean loaded / rows read.
DROP TABLE staging_row;

-- The (wave, file_id) index of V3 served a check for rows of an earlier file of the wave that
-- ran with every chunk; it now runs once per file (ValidatedRowStore.write). Every row landed
-- paid for the index, the largest table most (issue 5 item 7): it goes.
DROP INDEX survey_response_file;
