package se.hrvstat.survey.estimate;

/**
 * The families of {@link SurveyGlm}, each with its canonical link, as R's {@code gaussian()},
 * {@code quasibinomial()} and {@code quasipoisson()} define them (R {@code stats/family.R} and
 * the C code of {@code binomial()$linkinv}, whose thresholds at |eta| &gt; 30 are kept).
 */
public enum GlmFamily {
    /** Identity link, variance 1. */
    GAUSSIAN {
        double linkInverse(double eta) { return eta; }
        double muEta(double eta) { return 1; }
        double variance(double mu) { return 1; }
        double link(double mu) { return mu; }
        double deviance(double y, double mu, double w) { return w * (y - mu) * (y - mu); }
        double start(double y, double w) { return y; }
    },
    /** Logit link, variance mu (1 - mu). */
    QUASIBINOMIAL {
        private static final double EPS = 2.220446049250313e-16;
        double linkInverse(double eta) {
            double t = eta < -30 ? EPS : (eta > 30 ? 1 / EPS : Math.exp(eta));
            return t / (1 + t);
        }
        double muEta(double eta) {
            double opexp = 1 + Math.exp(eta);
            return eta > 30 || eta < -30 ? EPS : Math.exp(eta) / (opexp * opexp);
        }
        double variance(double mu) { return mu * (1 - mu); }
        double link(double mu) { return Math.log(mu / (1 - mu)); }
        double deviance(double y, double mu, double w) {
            return 2 * w * (ylogy(y, mu) + ylogy(1 - y, 1 - mu));
        }
        /** R binomial()$initialize: (w y + 0.5) / (w + 1). */
        double start(double y, double w) { return (w * y + 0.5) / (w + 1); }
    },
    /** Log link, variance mu. */
    QUASIPOISSON {
        private static final double EPS = 2.220446049250313e-16;
        double linkInverse(double eta) { return Math.max(Math.exp(eta), EPS); }
        double muEta(double eta) { return Math.max(Math.exp(eta), EPS); }
        double variance(double mu) { return mu; }
        double link(double mu) { return Math.log(mu); }
        double deviance(double y, double mu, double w) { return 2 * w * (ylogy(y, mu) - (y - mu)); }
        /** R poisson()$initialize: y + 0.1. */
        double start(double y, double w) { return y + 0.1; }
    };

    abstract double linkInverse(double eta);

    abstract double muEta(double eta);

    abstract double variance(double mu);

    abstract double link(double mu);

    abstract double deviance(double y, double mu, double w);

    abstract double start(double y, double w);

    /** {@code y log(y / mu)}, 0 at y = 0 (R's {@code y_log_y}). */
    static double ylogy(double y, double mu) {
        return y != 0 ? y * Math.log(y / mu) : 0;
    }
}
