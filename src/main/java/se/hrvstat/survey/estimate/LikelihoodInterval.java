package se.hrvstat.survey.estimate;

/**
 * R's {@code svyciprop(method = "likelihood")}: the Rao–Scott scaled profile-likelihood interval
 * of the intercept-only quasibinomial {@code svyglm} (R survey {@code confint.svyglm},
 * {@code MASSprofile_glm}, {@code confint_profile}; Lumley 2010, section 2.4). For an
 * intercept-only model the profile is closed form: with prior weights normalised to sum to the
 * rows n, the deviance rise at mu is {@code 2 n KL(p || mu)}, and the ends solve
 * <pre>  2 n KL(p || mu) / phi = qt(a, df)^2 lambda,   lambda = var_design(beta) / var_model(beta) = n var(p) / (p (1 - p))</pre>
 * where phi is the dispersion. R finds the ends by a spline through ten profile points (so it
 * agrees with this exact solution only to about 1e-5); here they are solved by bisection to
 * machine precision. NaN at p = 0 or 1, where var(p) = 0, and for df &lt;= 0 (R stops there).
 */
final class LikelihoodInterval implements ProportionInterval {
    @Override
    public double[] interval(ProportionFit fit, double level) {
        double p = fit.p();
        double df = fit.degreesOfFreedom();
        if (!(p > 0 && p < 1) || !(fit.variance() > 0) || !(df > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double t = Quantiles.t((1 - level) / 2, df);
        // 2 KL(p || mu) = phi t^2 var(p) / (p (1 - p)): n cancels
        double target = fit.dispersion() * t * t * fit.variance() / (p * (1 - p)) / 2;
        return new double[] {solve(p, target, 0, p), solve(p, target, p, 1)};
    }

    /** Bisection for KL(p || mu) = target on (lo, hi), where KL is monotone on each side of p. */
    private static double solve(double p, double target, double lo, double hi) {
        boolean below = hi == p;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid == lo || mid == hi) {
                break;
            }
            double kl = kullbackLeibler(p, mid);
            // below p, KL decreases towards p; above p, KL increases away from p
            boolean tooFar = kl > target;
            if (below == tooFar) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double kullbackLeibler(double p, double mu) {
        return p * Math.log(p / mu) + (1 - p) * Math.log((1 - p) / (1 - mu));
    }
}
