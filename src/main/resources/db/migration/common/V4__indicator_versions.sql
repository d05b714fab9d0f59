-- Indicator versions (issue 6: a changed definition starts a new trend series).
-- One row per indicator and version the pipeline has estimated: the fingerprint of its definition
-- (SHA-256, references expanded) and the first wave its series covers. A later run whose
-- definition has a different fingerprint under the same version is stopped.
CREATE TABLE indicator_version (
    indicator    VARCHAR(60)   NOT NULL,
    version      INTEGER       NOT NULL,
    fingerprint  VARCHAR(64)   NOT NULL,
    definition   VARCHAR(4000) NOT NULL,
    first_wave   INTEGER       NOT NULL,
    recorded_in  INTEGER       NOT NULL,
    PRIMARY KEY (indicator, version)
);

-- Each estimate row carries the version and fingerprint of the definition it was computed with.
ALTER TABLE survey_estimate ADD COLUMN indicator_version INTEGER;
ALTER TABLE survey_estimate ADD COLUMN fingerprint VARCHAR(64);
