package se.hrvstat.survey.smallarea;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The input of {@link SmallAreaShares}: one indicator's direct estimates per area (municipality)
 * with the register covariates of every area, sampled or not, as columns of equal length (one
 * entry per area, in the order the result keeps).
 *
 * @param area            area codes (e.g. kommunkod), unique
 * @param respondents     respondents of the area whose indicator is known (0: no sample)
 * @param sampledSchools  sampled schools with respondents in the area (≥ 1 where respondents &gt; 0)
 * @param coveredShare    share of the area's students in its sampled schools, in [0, 1]; NaN when
 *                        not known (counts as 0 in {@link DesignEffectRule}) or not sampled
 * @param direct          the design-based direct estimate, a share in [0, 1]; NaN where not sampled
 * @param directSe        its design-based standard error (carried to the output, not used by the model)
 * @param covariateNames  names of the covariate columns (e.g. {@code share_foreign_background})
 * @param covariates      {@code covariates[j][d]}: covariate j of area d on the scale the model uses;
 *                        finite for every area; the model adds the intercept
 */
public record AreaShares(String[] area, int[] respondents, int[] sampledSchools, double[] coveredShare,
        double[] direct, double[] directSe, List<String> covariateNames, double[][] covariates) {

    public AreaShares {
        int m = area.length;
        requireLength("respondents", respondents.length, m);
        requireLength("sampledSchools", sampledSchools.length, m);
        requireLength("coveredShare", coveredShare.length, m);
        requireLength("direct", direct.length, m);
        requireLength("directSe", directSe.length, m);
        if (covariateNames.size() != covariates.length) {
            throw new IllegalArgumentException(covariateNames.size() + " covariate names for " + covariates.length
                    + " covariate columns");
        }
        for (int j = 0; j < covariates.length; j++) {
            requireLength("covariate " + covariateNames.get(j), covariates[j].length, m);
            for (int d = 0; d < m; d++) {
                if (!Double.isFinite(covariates[j][d])) {
                    throw new IllegalArgumentException("covariate " + covariateNames.get(j) + " of area " + area[d]
                            + " is not finite: " + covariates[j][d]);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (int d = 0; d < m; d++) {
            if (!seen.add(area[d])) {
                throw new IllegalArgumentException("area " + area[d] + " appears twice");
            }
            checkArea(area[d], respondents[d], sampledSchools[d], coveredShare[d], direct[d]);
        }
    }

    /** Number of areas. */
    public int size() {
        return area.length;
    }

    /** Covariates of area d, without the intercept. */
    public double[] covariatesOf(int d) {
        double[] x = new double[covariates.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = covariates[j][d];
        }
        return x;
    }

    private static void checkArea(String area, int respondents, int sampledSchools, double coveredShare,
            double direct) {
        if (respondents < 0) {
            throw new IllegalArgumentException("respondents of area " + area + " < 0: " + respondents);
        }
        if (respondents == 0) {
            return;
        }
        if (!(direct >= 0 && direct <= 1)) {
            throw new IllegalArgumentException("direct estimate of area " + area + " must be a share in [0, 1], was "
                    + direct);
        }
        if (sampledSchools < 1) {
            throw new IllegalArgumentException("area " + area + " has respondents but no sampled school");
        }
        if (!Double.isNaN(coveredShare) && !(coveredShare >= 0 && coveredShare <= 1)) {
            throw new IllegalArgumentException("covered share of area " + area + " must be in [0, 1], was "
                    + coveredShare);
        }
    }

    private static void requireLength(String what, int length, int areas) {
        if (length != areas) {
            throw new IllegalArgumentException(what + " has " + length + " values for " + areas + " areas");
        }
    }
}
