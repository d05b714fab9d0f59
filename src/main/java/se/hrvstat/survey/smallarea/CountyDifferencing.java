package se.hrvstat.survey.smallarea;

/**
 * Secondary suppression of municipal direct estimates against differencing with the county's
 * direct estimate (docs/disclosure-control.md, "Model-based municipal estimates").
 *
 * <p>A municipality with 1 to {@code minimum − 1} respondents publishes no direct estimate. But the
 * county's direct estimate is published, and so is the direct estimate of every municipality in
 * the model ({@code direct} in {@code sae-<year>.csv}); the county's share is, with the weights,
 * the weighted mean of its municipalities' shares, so subtracting the published ones leaves the
 * share of the county's <em>remainder</em>: the respondents of its municipalities that publish no
 * direct estimate (municipalities without a sample add none). If the remainder holds 1 to
 * {@code minimum − 1} respondents, that is a direct estimate on fewer respondents than the rule
 * allows, of one municipality when only one is hidden. The rule here: in such a county, the
 * published municipality with the fewest respondents (the first in the given order among equals)
 * is withheld too and treated as one without a sample, so that the remainder holds at least
 * {@code minimum} respondents (as the secondary suppression of the municipal tables: Hundepool et
 * al. 2012, 4.2). A county whose sampled municipalities are all hidden is left alone: its remainder
 * is the county itself, whose estimate the same rule suppresses when it rests on too few respondents.
 *
 * <p>Pure function of its arguments; thread-safe.
 */
public final class CountyDifferencing {

    private CountyDifferencing() {
    }

    /**
     * The municipalities whose direct estimate must be withheld to protect another's.
     *
     * @param county      the county of each municipality (e.g. the first two digits of its kommunkod)
     * @param respondents its respondents to the indicator, 0 without a sample
     * @param minimum     the published-n rule ({@code estimate.min-n-published})
     * @return per municipality, true where it must be treated as one without a sample although it has
     *         at least {@code minimum} respondents
     */
    public static boolean[] secondary(String[] county, int[] respondents, int minimum) {
        if (county.length != respondents.length) {
            throw new IllegalArgumentException("county and respondents differ in length: " + county.length + " and "
                    + respondents.length);
        }
        boolean[] withheld = new boolean[county.length];
        java.util.Map<String, Integer> remainder = new java.util.LinkedHashMap<>();
        for (int d = 0; d < county.length; d++) {
            int n = respondents[d];
            remainder.merge(county[d], n > 0 && n < minimum ? n : 0, Integer::sum);
        }
        remainder.forEach((c, hidden) -> {
            if (hidden > 0 && hidden < minimum) {
                int smallest = smallestPublished(county, respondents, minimum, c);
                if (smallest >= 0) {
                    withheld[smallest] = true;
                }
            }
        });
        return withheld;
    }

    /** The published municipality of county {@code c} with the fewest respondents, or −1 when it has none. */
    private static int smallestPublished(String[] county, int[] respondents, int minimum, String c) {
        int smallest = -1;
        for (int d = 0; d < county.length; d++) {
            if (county[d].equals(c) && respondents[d] >= minimum
                    && (smallest < 0 || respondents[d] < respondents[smallest])) {
                smallest = d;
            }
        }
        return smallest;
    }
}
