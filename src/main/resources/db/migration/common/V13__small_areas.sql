-- Small-area estimates (issue 18). area_covariates.csv (EXCHANGE.md 1.5): the register facts per
-- municipality of a wave, landed like the other survey files, keyed by file and line. Only the
-- named columns are kept; further columns are checked as numbers and not stored (the model names
-- the ones it uses, jobs/annual.properties small-area.covariates).
CREATE TABLE area_covariate (
    wave                     INTEGER          NOT NULL,
    kommunkod                VARCHAR(4)       NOT NULL,
    students                 INTEGER          NOT NULL,
    share_foreign_background DOUBLE PRECISION NOT NULL,
    file_id                  BIGINT           NOT NULL,
    line_no                  INTEGER          NOT NULL,
    PRIMARY KEY (file_id, line_no)
);
CREATE INDEX area_covariate_wave ON area_covariate (wave, file_id);

-- The model-based estimates of a reference year (sae-<year>.csv, spec/CLI.md): one row per
-- indicator and municipality of area_covariates.csv, replaced whole per indicator by the estimate
-- step. Empty (null) where the municipality has no sample. Doubles as the model gave them, so that
-- the published file can be refitted in R.
CREATE TABLE small_area_estimate (
    ref_year     INTEGER          NOT NULL,
    indicator    VARCHAR(80)      NOT NULL,
    seq          INTEGER          NOT NULL,
    wave         INTEGER          NOT NULL,
    kommunkod    VARCHAR(4)       NOT NULL,
    n            INTEGER,
    direct       DOUBLE PRECISION,
    direct_se    DOUBLE PRECISION,
    model_y      DOUBLE PRECISION,
    model_vardir DOUBLE PRECISION,
    eblup        DOUBLE PRECISION NOT NULL,
    mse          DOUBLE PRECISION NOT NULL,
    estimate     DOUBLE PRECISION NOT NULL,
    ci_low       DOUBLE PRECISION NOT NULL,
    ci_high      DOUBLE PRECISION NOT NULL,
    method       VARCHAR(10)      NOT NULL,
    PRIMARY KEY (ref_year, indicator, seq)
);

-- The covariates of each row on the model's scale (x_<name> of sae-<year>.csv), in the model's order.
CREATE TABLE small_area_covariate (
    ref_year  INTEGER          NOT NULL,
    indicator VARCHAR(80)      NOT NULL,
    seq       INTEGER          NOT NULL,
    position  INTEGER          NOT NULL,
    name      VARCHAR(80)      NOT NULL,
    x         DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (ref_year, indicator, seq, position)
);

-- The fit of each indicator's model: sigma2_v, iterations, how REML was found, the design-effect
-- rule's rho, the benchmark shift, and per coefficient beta and its standard error.
CREATE TABLE small_area_fit (
    ref_year        INTEGER          NOT NULL,
    indicator       VARCHAR(80)      NOT NULL,
    wave            INTEGER          NOT NULL,
    area_variance   DOUBLE PRECISION NOT NULL,
    iterations      INTEGER          NOT NULL,
    algorithm       VARCHAR(20)      NOT NULL,
    areas_in_model  INTEGER          NOT NULL,
    rho             DOUBLE PRECISION NOT NULL,
    benchmark_shift DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (ref_year, indicator)
);

CREATE TABLE small_area_coefficient (
    ref_year  INTEGER          NOT NULL,
    indicator VARCHAR(80)      NOT NULL,
    position  INTEGER          NOT NULL,
    name      VARCHAR(80)      NOT NULL,
    beta      DOUBLE PRECISION NOT NULL,
    std_error DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (ref_year, indicator, position)
);
