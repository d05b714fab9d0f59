package se.hrvstat.survey.smallarea;

/**
 * The rule that gives every sampled area the sampling variance its direct estimate has in the
 * Fay–Herriot model: on the arcsine scale ψ_d = deff_d / (4 n_d)
 * ({@link ArcsineSquareRoot#variance(double)} with n_eff = n_d/deff_d), where deff_d is Kish's
 * design effect of a cluster sample, 1 + (b − 1)ρ (Kish 1965, ch. 5), with a first-stage
 * finite-population factor (1 − f_d) added here:
 * <pre>
 *   deff_d = 1 + (b_d − 1) · ρ · (1 − f_d)
 * </pre>
 * b_d = n_d / (sampled schools of the area) respondents per school, ρ the indicator's
 * intra-school correlation and f_d the share of the area's students that are in its sampled
 * schools (1 when every school of the municipality is in the sample: then the school effects are
 * part of the area's true value and add no sampling error; 0 when not known, the conservative
 * side).
 *
 * <p>ρ is one number per indicator, taken from the national design effect
 * ({@link #fromNationalDesignEffect}): ρ = (deff − 1)/(b̄ − 1), b̄ the national respondents per
 * sampled school, floored at 0.
 *
 * <p><b>Why not the direct variances themselves, nor a variance function fitted to them.</b> A
 * municipality's design-based variance rests on its one to a few sampled schools: with one
 * school it is 0 or nearly so (the linearised variance of a domain mean inside one PSU has
 * nothing to vary), with two it has one degree of freedom. On the sample data of 2024
 * (hedersnormer, design weights; {@code src/test/r/make-sae-fixtures.R}) 82 of the 181
 * municipalities with respondents have a direct variance of 0, 45 a direct estimate of 0, and the
 * 90 with at least two schools and a usable variance imply design effects with median 0.68
 * against 3.3 nationally: too noisy and biased low to fit a variance function to.
 * The national design effect is estimated from all 42 strata and some 570 schools; the rule
 * carries it to each municipality through its own sample's shape (respondents per school and
 * coverage), and it never gives 0.
 *
 * @param intraSchoolCorrelation ρ ≥ 0
 */
public record DesignEffectRule(double intraSchoolCorrelation) {

    public DesignEffectRule {
        if (!(intraSchoolCorrelation >= 0) || !Double.isFinite(intraSchoolCorrelation)) {
            throw new IllegalArgumentException("intra-school correlation must be finite and >= 0, was "
                    + intraSchoolCorrelation);
        }
    }

    /**
     * ρ = max(0, (deff − 1)/(b̄ − 1)) from the indicator's national design effect and the national
     * number of respondents per sampled school (Kish's deff = 1 + (b̄ − 1)ρ solved for ρ).
     */
    public static DesignEffectRule fromNationalDesignEffect(double nationalDesignEffect, double respondentsPerSchool) {
        if (!(respondentsPerSchool > 1) || !Double.isFinite(nationalDesignEffect)) {
            throw new IllegalArgumentException("need a finite national design effect and more than one respondent "
                    + "per school, had " + nationalDesignEffect + " and " + respondentsPerSchool);
        }
        return new DesignEffectRule(Math.max(0, (nationalDesignEffect - 1) / (respondentsPerSchool - 1)));
    }

    /** deff_d = 1 + (n_d/schools_d − 1) ρ (1 − f_d); f_d NaN counts as 0. */
    public double designEffect(int respondents, int sampledSchools, double coveredShare) {
        if (respondents < 1 || sampledSchools < 1) {
            throw new IllegalArgumentException("need respondents and sampled schools >= 1, had " + respondents
                    + " and " + sampledSchools);
        }
        double f = Double.isNaN(coveredShare) ? 0 : coveredShare;
        if (!(f >= 0 && f <= 1)) {
            throw new IllegalArgumentException("covered share must be in [0, 1], was " + coveredShare);
        }
        double perSchool = (double) respondents / sampledSchools;
        return 1 + Math.max(0, perSchool - 1) * intraSchoolCorrelation * (1 - f);
    }

    /** ψ_d = deff_d / (4 n_d), the sampling variance of asin√p̂_d. */
    public double samplingVariance(int respondents, int sampledSchools, double coveredShare) {
        return ArcsineSquareRoot.variance(respondents / designEffect(respondents, sampledSchools, coveredShare));
    }
}
