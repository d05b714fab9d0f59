-- The method chapter's facts are typed: each wave's weighting summary (per reference year, whose
-- inputs it weighted) has a row of its own here,
-- and the other facts come from the runs' settings, the indicator versions and the input files.
-- The key/value table run_fact (with its sequence numbers) goes.
CREATE TABLE wave_weighting (
    ref_year        INTEGER          NOT NULL,
    wave            INTEGER          NOT NULL,
    respondents     INTEGER          NOT NULL,
    weight_min      DOUBLE PRECISION NOT NULL,
    weight_q1       DOUBLE PRECISION NOT NULL,
    weight_median   DOUBLE PRECISION NOT NULL,
    weight_q3       DOUBLE PRECISION NOT NULL,
    weight_max      DOUBLE PRECISION NOT NULL,
    kish_deff       DOUBLE PRECISION NOT NULL,
    effective_n     DOUBLE PRECISION NOT NULL,
    calibrated      BOOLEAN          NOT NULL,
    iterations      INTEGER          NOT NULL,
    largest_misfit  DOUBLE PRECISION,
    collapses       INTEGER          NOT NULL,
    PRIMARY KEY (ref_year, wave)
);
DROP TABLE run_fact;
