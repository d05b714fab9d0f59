-- The weight calibration starts from (design weight adjusted for non-response), kept beside the
-- final weight so that the estimate step rebuilds the calibration residuals of its variances from
-- the stored weights instead of calibrating again. Rows of earlier runs have none; the weight step
-- of every run rewrites its waves' rows.
ALTER TABLE survey_weight ADD COLUMN input_weight DOUBLE PRECISION;
