package se.hrvstat.survey.weight;

/**
 * The distance functions of Deville &amp; Särndal (1992), as the inverse of their derivative
 * F(u) (so that g = F(x'eta) = 1 + Fm1(u)) and F's derivative, exactly as R's survey
 * {@code cal.linear}, {@code cal.raking} and {@code cal.logit} ({@code calibrate.R}).
 */
public enum CalibrationFunction {
    /** Chi-square distance: g = 1 + u, truncated to the bounds (Deville &amp; Särndal 1992, case 1). */
    LINEAR {
        @Override
        double fm1(double u, double lower, double upper) {
            return Math.min(Math.max(u + 1, lower), upper) - 1;
        }

        @Override
        double derivative(double u, double lower, double upper) {
            return (u < upper - 1 && u > lower - 1) ? 1 : 0;
        }
    },
    /** Multiplicative (raking ratio): g = exp(u), truncated (Deville &amp; Särndal 1992, case 2). */
    RAKING {
        @Override
        double fm1(double u, double lower, double upper) {
            return Math.min(Math.max(Math.exp(u), lower), upper) - 1;
        }

        @Override
        double derivative(double u, double lower, double upper) {
            return (u < upper - 1 && u > lower - 1) ? Math.exp(u) : 0;
        }
    },
    /**
     * Logit: g = (L(U-1) + U(1-L)e^{Au}) / (U-1 + (1-L)e^{Au}), A = (U-L)/((U-1)(1-L)), so that
     * L &lt; g &lt; U (Deville &amp; Särndal 1992, case 6). Needs finite bounds.
     */
    LOGIT {
        @Override
        double fm1(double u, double lower, double upper) {
            double a = (upper - lower) / ((upper - 1) * (1 - lower));
            double e = Math.exp(a * u);
            return (lower * (upper - 1) + upper * (1 - lower) * e) / (upper - 1 + (1 - lower) * e) - 1;
        }

        @Override
        double derivative(double u, double lower, double upper) {
            double a = (upper - lower) / ((upper - 1) * (1 - lower));
            double e = Math.exp(a * u);
            double d = upper - 1 + (1 - lower) * e;
            return upper * (1 - lower) * e * a / d
                    - ((lower * (upper - 1) + upper * (1 - lower) * e) * ((1 - lower) * e * a)) / (d * d);
        }
    };

    /** g - 1 as a function of u = x'eta. */
    abstract double fm1(double u, double lower, double upper);

    /** The derivative of g with respect to u. */
    abstract double derivative(double u, double lower, double upper);
}
