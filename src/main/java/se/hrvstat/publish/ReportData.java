package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.IndicatorInfo;

/**
 * Views of an {@link AnnualReport} that the publications share: rows in catalogue order, level
 * rows versus trend rows, the latest wave, the main (composite) indicators.
 */
public final class ReportData {

    private static final Pattern ITEM = Pattern.compile("q\\d+");

    private final AnnualReport report;
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, IndicatorInfo> byName = new HashMap<>();

    public ReportData(AnnualReport report) {
        this.report = report;
        List<IndicatorInfo> catalogue = report.indicators() == null ? List.of() : report.indicators();
        for (int i = 0; i < catalogue.size(); i++) {
            order.putIfAbsent(catalogue.get(i).name(), i);
            byName.putIfAbsent(catalogue.get(i).name(), catalogue.get(i));
        }
    }

    public AnnualReport report() {
        return report;
    }

    /** True for a single question of the questionnaire ({@code q01} ... {@code q16}), not a composite indicator. */
    public static boolean isItem(String indicator) {
        return ITEM.matcher(baseName(indicator)).matches();
    }

    /** True for rows of {@code :change} or {@code :trend}. */
    public static boolean isTrend(EstimateRow row) {
        String kind = row.indicator() == null ? "" : trendKind(row.indicator());
        return kind.equals("change") || kind.equals("trend");
    }

    /** True for rows of {@code :diff}: the difference between two groups of a wave. */
    public static boolean isDifference(EstimateRow row) {
        return row.indicator() != null && trendKind(row.indicator()).equals("diff");
    }

    /** True for the estimate of a level (no suffix: not a change, trend or difference). */
    public static boolean isLevel(EstimateRow row) {
        return row.indicator() != null && !row.indicator().contains(":");
    }

    /** Catalogue name of a row without a trend suffix. */
    public static String baseName(String indicator) {
        int colon = indicator.indexOf(':');
        return colon < 0 ? indicator : indicator.substring(0, colon);
    }

    /** Suffix of a row ({@code change}, {@code trend}, {@code diff}) or empty. */
    public static String trendKind(String indicator) {
        int colon = indicator.indexOf(':');
        return colon < 0 ? "" : indicator.substring(colon + 1);
    }

    /** Swedish label of an indicator from the catalogue, else its name. */
    public String label(String indicator) {
        IndicatorInfo info = byName.get(baseName(indicator));
        return info != null && info.label() != null && !info.label().isBlank() ? info.label() : baseName(indicator);
    }

    /** Catalogue entry of an indicator, if any. */
    public Optional<IndicatorInfo> info(String indicator) {
        return Optional.ofNullable(byName.get(baseName(indicator)));
    }

    private int rank(EstimateRow row) {
        return order.getOrDefault(baseName(row.indicator()), Integer.MAX_VALUE);
    }

    /** Estimate rows of levels (no trend rows), in catalogue order, input order within an indicator. */
    public List<EstimateRow> levelRows() {
        return sorted(report.estimates().stream().filter(ReportData::isLevel).toList());
    }

    /** Differences between two groups ({@code :diff}), in catalogue order, input order within an indicator. */
    public List<EstimateRow> differenceRows() {
        return sorted(report.estimates().stream().filter(ReportData::isDifference).toList());
    }

    /** Trend rows ({@code :change}, {@code :trend}), in catalogue order, input order within an indicator. */
    public List<EstimateRow> trendRows() {
        return sorted(report.estimates().stream().filter(ReportData::isTrend).toList());
    }

    private List<EstimateRow> sorted(List<EstimateRow> rows) {
        List<EstimateRow> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparingInt(this::rank)); // stable: keeps input order within a rank
        return copy;
    }

    /** Latest wave with level estimates not after the reference year (or the latest at all). */
    public Optional<Integer> latestWave() {
        Optional<Integer> upToYear = report.estimates().stream().filter(ReportData::isLevel)
                .map(EstimateRow::wave).filter(w -> w <= report.year()).max(Integer::compare);
        return upToYear.isPresent() ? upToYear
                : report.estimates().stream().filter(ReportData::isLevel).map(EstimateRow::wave).max(Integer::compare);
    }

    /** The wave before {@code wave} that has level estimates, if any. */
    public Optional<Integer> previousWave(int wave) {
        return report.estimates().stream().filter(ReportData::isLevel).map(EstimateRow::wave)
                .filter(w -> w < wave).max(Integer::compare);
    }

    /**
     * Main indicators: the composite indicators of the catalogue (not the single items
     * {@code q01}...), in catalogue order; all indicators if the catalogue has only items.
     */
    public List<IndicatorInfo> mainIndicators() {
        List<IndicatorInfo> all = report.indicators() == null ? List.of() : report.indicators();
        List<IndicatorInfo> composite = all.stream().filter(i -> !ITEM.matcher(i.name()).matches()).toList();
        return composite.isEmpty() ? all : composite;
    }

    /** The row of one indicator, wave and domain, if published. */
    public Optional<EstimateRow> find(String indicator, int wave, String domain) {
        return report.estimates().stream()
                .filter(r -> r.indicator().equals(indicator) && r.wave() == wave
                        && normalise(r.domain()).equals(normalise(domain)))
                .findFirst();
    }

    private static String normalise(String domain) {
        return domain == null ? "" : domain.trim();
    }
}
