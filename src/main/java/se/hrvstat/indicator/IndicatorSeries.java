package se.hrvstat.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.hrvstat.result.EstimateRow;
import se.hrvstat.survey.disclosure.DomainDifferencing;
import se.hrvstat.survey.estimate.Difference;
import se.hrvstat.survey.estimate.DomainShare;
import se.hrvstat.survey.estimate.Estimate;
import se.hrvstat.survey.estimate.Estimators;
import se.hrvstat.survey.estimate.GroupDifferences;
import se.hrvstat.survey.estimate.IntervalMethod;

/**
 * The published rows of one indicator over the waves of its series: for each wave (ascending)
 * the estimate for all students and each domain of the indicator's breakdowns, then the change
 * since the previous wave of the series per domain, then the difference between every pair of
 * groups of each breakdown ({@code :diff}, the earlier group minus the later in code order, e.g.
 * {@code sex=1-sex=2}; design-based with the covariance of the two groups, {@link
 * GroupDifferences}); last the linear trend per domain over all waves of the series. Within each wave, a domain the quality rule suppresses is protected from
 * differencing of the overlapping domains by complementary suppression; where the indicator's
 * denominator is a sensitive group, suppressed rows carry no n. Thread safe: partitions share one instance per run.
 */
public final class IndicatorSeries {
    private final QualityRule quality;
    private final IntervalMethod method;
    private final double level;

    public IndicatorSeries(QualityRule quality, IntervalMethod method, double level) {
        this.quality = quality;
        this.method = method;
        this.level = level;
    }

    public List<EstimateRow> estimate(Indicator indicator, List<WaveSample> waves) {
        List<EstimateRow> rows = new ArrayList<>();
        Map<String, List<EstimateRow>> series = new LinkedHashMap<>();
        Map<String, EstimateRow> previous = Map.of();
        for (WaveSample wave : waves) {
            double[] y = indicator.evaluate(wave.codes(), wave.size());
            Map<String, EstimateRow> current = new LinkedHashMap<>();
            Map<String, boolean[]> domains = domains(indicator, wave);
            Map<String, DomainShare> shares = shares(wave, y, domains);
            for (Map.Entry<String, DomainShare> share : shares.entrySet()) {
                current.put(share.getKey(), quality.apply(indicator.name(), wave.wave(), share.getKey(),
                        share.getValue().estimate()));
            }
            current = protectFromDifferencing(current);
            for (EstimateRow row : current.values()) {
                rows.add(row);
                series.computeIfAbsent(row.domain(), d -> new ArrayList<>()).add(row);
            }
            for (Map.Entry<String, EstimateRow> now : current.entrySet()) {
                EstimateRow before = previous.get(now.getKey());
                if (before != null) {
                    rows.add(quality.change(now.getValue(), before, level));
                }
            }
            rows.addAll(differences(indicator, wave, y, shares, current));
            previous = current;
        }
        for (List<EstimateRow> domainSeries : series.values()) {
            EstimateRow trend = quality.trend(domainSeries, level);
            if (trend != null) {
                rows.add(trend);
            }
        }
        return indicator.countsAnswerGroup() ? rows.stream().map(quality::withSensitiveCount).toList() : rows;
    }

    /**
     * Complementary suppression within the wave: no domain suppressed by the quality rule may be
     * recovered by differencing overlapping published domains ({@link DomainDifferencing}).
     */
    private Map<String, EstimateRow> protectFromDifferencing(Map<String, EstimateRow> wave) {
        List<String> labels = new ArrayList<>(wave.keySet());
        long[] n = new long[labels.size()];
        boolean[] suppressed = new boolean[labels.size()];
        for (int i = 0; i < n.length; i++) {
            EstimateRow row = wave.get(labels.get(i));
            n[i] = row.n();
            suppressed[i] = QualityRule.SUPPRESSED.equals(row.flag());
        }
        boolean[] hidden = DomainDifferencing.protect(n, suppressed, DomainPartitions.of(labels));
        Map<String, EstimateRow> out = new LinkedHashMap<>();
        for (int i = 0; i < n.length; i++) {
            EstimateRow row = wave.get(labels.get(i));
            out.put(labels.get(i), hidden[i] && !suppressed[i] ? quality.complementary(row) : row);
        }
        return out;
    }

    /**
     * The differences between the groups of each breakdown of one wave: R's {@code svyby(~I(y == 1),
     * ~breakdown, design, svymean, covmat = TRUE, na.rm = TRUE)} then {@code svycontrast} for every
     * pair, with t intervals and p-values on the design's degrees of freedom (CLI.md), each
     * published under the rule of the two groups' published rows ({@link QualityRule#difference}).
     */
    private List<EstimateRow> differences(Indicator indicator, WaveSample wave, double[] y,
                                          Map<String, DomainShare> shares, Map<String, EstimateRow> published) {
        List<EstimateRow> rows = new ArrayList<>();
        for (String breakdown : indicator.breakdowns()) {
            List<Map.Entry<String, boolean[]>> groups = new ArrayList<>(wave.domains(breakdown).entrySet());
            int[] groupOfRow = new int[wave.size()];
            java.util.Arrays.fill(groupOfRow, -1);
            for (int g = 0; g < groups.size(); g++) {
                boolean[] in = groups.get(g).getValue();
                for (int i = 0; i < in.length; i++) {
                    if (in[i]) {
                        groupOfRow[i] = g;
                    }
                }
            }
            // on a Taylor design the groups' residuals are those their shares were estimated with
            Difference[][] d = wave.design().isReplicateDesign()
                    ? GroupDifferences.ofProportionsByPair(wave.design(), y, groupOfRow, groups.size(), level)
                    : GroupDifferences.ofShares(wave.design(),
                            groups.stream().map(g -> shares.get(g.getKey())).toList(), level);
            for (int g = 0; g < groups.size(); g++) {
                for (int h = g + 1; h < groups.size(); h++) {
                    EstimateRow first = published.get(groups.get(g).getKey());
                    EstimateRow second = published.get(groups.get(h).getKey());
                    if (d[g][h] != null && first != null && second != null) {
                        rows.add(quality.difference(first, second, d[g][h]));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The share in each domain with the configured interval, by label, in the domains' order,
     * with the residuals of its variance ({@link Estimators#shares}), which the differences use
     * again. Korn–Graubard (beta) where the logit interval is undefined (0 or 1).
     */
    private Map<String, DomainShare> shares(WaveSample wave, double[] y, Map<String, boolean[]> domains) {
        List<boolean[]> members = new ArrayList<>(domains.values());
        List<DomainShare> shares = Estimators.shares(wave.design(), y, members, method, level);
        Map<String, DomainShare> byLabel = new LinkedHashMap<>();
        int k = 0;
        for (String label : domains.keySet()) {
            DomainShare share = shares.get(k);
            Estimate e = share.estimate();
            if (method == IntervalMethod.LOGIT && (e.estimate() == 0.0 || e.estimate() == 1.0)) {
                share = share.withEstimate(Estimators.proportion(wave.design(), y, members.get(k), IntervalMethod.BETA,
                        level));
            }
            byLabel.put(label, share);
            k++;
        }
        return byLabel;
    }

    /** All students (empty label, null membership) and each domain of each breakdown, in order. */
    private static Map<String, boolean[]> domains(Indicator indicator, WaveSample wave) {
        Map<String, boolean[]> domains = new LinkedHashMap<>();
        domains.put("", null);
        for (String breakdown : indicator.breakdowns()) {
            domains.putAll(wave.domains(breakdown));
        }
        return domains;
    }
}
