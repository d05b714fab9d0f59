-- The input files of a reference year: the files of the --data folder of the last run of that
-- year whose input passed validation, each with its path in that folder. Everything after
-- validation (weights, estimates, municipal tables, the method chapter) reads only these files'
-- rows, so a rejected run changes nothing and an earlier good folder can be run again.
CREATE TABLE year_input (
    ref_year  INTEGER       NOT NULL,
    file_id   BIGINT        NOT NULL REFERENCES input_file (file_id),
    path      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (ref_year, file_id)
);

-- Weights and their summaries belong to a reference year's inputs: two years may weight the same
-- wave from different files. Rows of earlier runs go; every run weights its waves again.
DROP TABLE survey_weight;
CREATE TABLE survey_weight (
    ref_year      INTEGER          NOT NULL,
    wave          INTEGER          NOT NULL,
    resp_id       VARCHAR(32)      NOT NULL,
    design_weight DOUBLE PRECISION NOT NULL,
    input_weight  DOUBLE PRECISION NOT NULL,
    final_weight  DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (ref_year, wave, resp_id)
);
