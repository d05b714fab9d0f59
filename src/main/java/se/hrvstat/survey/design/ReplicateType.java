package se.hrvstat.survey.design;

/**
 * Kinds of replicate weights, as R's {@code svrepdesign(type = ...)}, with R's default scale
 * (R survey {@code svrepdesign.default}; Wolter 2007): JK1 (R - 1) / R, JKn 1 (rscales must be
 * given), BRR 1 / R, Fay 1 / (R (1 - rho)^2), bootstrap 1 / (R - 1).
 */
public enum ReplicateType {
    JK1, JKN, BRR, FAY, BOOTSTRAP
}
