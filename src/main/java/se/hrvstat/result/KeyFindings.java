package se.hrvstat.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The summary's message, found in the estimates by stated rules (docs/key-findings.md): a
 * headline and three to five key findings about the main indicators of the latest wave. Only
 * the rules live here, as typed findings; the words are in {@code report-templates/} and are put
 * together by {@code publish.KeyFindingsText}, which the report and the web edition share.
 *
 * <p>The rules:
 * <ol>
 *   <li>A change counts only when the confidence interval of the difference between the waves
 *       (the {@code :change} row of the indicator, all students) excludes 0: {@link Direction#INCREASED}
 *       when its lower limit is above 0, {@link Direction#DECREASED} when its upper limit is below 0,
 *       else {@link Direction#NO_CHANGE} ("ingen säkerställd förändring"); without a published
 *       change row {@link Direction#NOT_COMPARED}.</li>
 *   <li>The headline counts the main indicators that increased, decreased and did not change, and
 *       names the first main indicator (the catalogue's order) with its level and direction.</li>
 *   <li>The findings, at most {@link #MAX_FINDINGS}: (a) the first main indicator's level and
 *       change; (b) each other main indicator whose change counts, in catalogue order, as many as
 *       leave room for (c) and (d); (c) the largest difference between two groups of one breakdown
 *       ({@link #GROUP_BREAKDOWNS}) for the first main indicator whose interval excludes 0; (d) the
 *       main indicators without a change that counts, in one finding.</li>
 *   <li>Every value is kept unrounded here; the text rounds shares and differences to one decimal
 *       each on its own, so a rounded change may differ by 0,1 from the difference of the rounded
 *       shares (the summary says so).</li>
 * </ol>
 * Pure: no I/O, thread safe.
 */
public final class KeyFindings {

    /** Most findings under the headline. */
    public static final int MAX_FINDINGS = 5;
    /** Breakdowns whose group differences may be a finding (not counties: too many comparisons). */
    public static final List<String> GROUP_BREAKDOWNS = List.of("sex", "born", "grade", "disability", "lgbtq");

    private static final String SUPPRESSED = "suppressed";

    private KeyFindings() {
    }

    /** Whether a change between two waves counts, by its interval. */
    public enum Direction { INCREASED, DECREASED, NO_CHANGE, NOT_COMPARED }

    /**
     * An indicator's level for all students in {@code wave}, the previous wave's level and the change
     * with its direction; {@code previous}, {@code before} and {@code change} are null when there is
     * no comparison. {@code uncertain}: the level is flagged uncertain.
     */
    public record Level(String indicator, int wave, double share, boolean uncertain, Integer previous, Double before,
                        Double change, Direction direction) {
    }

    /** One finding of the summary. */
    public sealed interface Finding permits LevelFinding, GroupFinding, UnchangedFinding {
    }

    /** An indicator's level and change (rules 3a and 3b). */
    public record LevelFinding(Level level) implements Finding {
    }

    /**
     * The difference between two groups of one breakdown in a wave (rule 3c): {@code higher} is the
     * group with the larger share; {@code difference} = higher − lower, unrounded.
     */
    public record GroupFinding(String indicator, int wave, String breakdown, String higherDomain, double higherShare,
                               String lowerDomain, double lowerShare, double difference) implements Finding {
    }

    /** The main indicators compared with the previous wave whose change does not count (rule 3d). */
    public record UnchangedFinding(List<String> indicators, int wave, int previous) implements Finding {
        public UnchangedFinding {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * The headline (rule 2): the first main indicator's level, and how many main indicators were
     * compared, increased and decreased.
     */
    public record Headline(Level main, int compared, int increased, int decreased) {
        /** Compared indicators without a change that counts. */
        public int unchanged() {
            return compared - increased - decreased;
        }
    }

    /** The headline and the findings; {@code headline} is empty when no main indicator is published. */
    public record Summary(Optional<Headline> headline, List<Finding> findings) {
        public Summary {
            findings = List.copyOf(findings);
        }
    }

    /**
     * The summary of {@code wave}: {@code mainIndicators} in catalogue order (names), {@code estimates}
     * every row of the run (levels, {@code :change} and {@code :diff} rows).
     */
    public static Summary of(List<EstimateRow> estimates, List<String> mainIndicators, int wave) {
        List<Level> levels = new ArrayList<>();
        for (String indicator : mainIndicators) {
            level(estimates, indicator, wave).ifPresent(levels::add);
        }
        if (levels.isEmpty()) {
            return new Summary(Optional.empty(), List.of());
        }
        Level main = levels.get(0);
        List<Level> compared = levels.stream().filter(l -> l.direction() != Direction.NOT_COMPARED).toList();
        int increased = count(compared, Direction.INCREASED);
        int decreased = count(compared, Direction.DECREASED);
        Headline headline = new Headline(main, compared.size(), increased, decreased);

        Optional<GroupFinding> group = largestGroupDifference(estimates, main.indicator(), wave);
        List<String> unchanged = compared.stream().filter(l -> l.direction() == Direction.NO_CHANGE)
                .filter(l -> l != main).map(Level::indicator).toList();
        int room = MAX_FINDINGS - 1 - (group.isPresent() ? 1 : 0) - (unchanged.isEmpty() ? 0 : 1);
        List<Finding> findings = new ArrayList<>();
        findings.add(new LevelFinding(main));
        // with nothing compared (a first wave) the next main indicators' levels, else the changes that count
        levels.stream().skip(1).filter(l -> compared.isEmpty() || counts(l)).limit(Math.max(0, room))
                .forEach(l -> findings.add(new LevelFinding(l)));
        group.ifPresent(findings::add);
        if (!unchanged.isEmpty()) {
            findings.add(new UnchangedFinding(unchanged, wave, compared.get(0).previous()));
        }
        return new Summary(Optional.of(headline), findings);
    }

    /** The direction of a change by its interval (rule 1); NOT_COMPARED when the row is missing or suppressed. */
    public static Direction direction(EstimateRow change) {
        if (change == null || SUPPRESSED.equals(change.flag()) || !finite(change.estimate())
                || !finite(change.ciLow()) || !finite(change.ciHigh())) {
            return Direction.NOT_COMPARED;
        }
        if (change.ciLow() > 0) {
            return Direction.INCREASED;
        }
        return change.ciHigh() < 0 ? Direction.DECREASED : Direction.NO_CHANGE;
    }

    private static boolean counts(Level level) {
        return level.direction() == Direction.INCREASED || level.direction() == Direction.DECREASED;
    }

    private static int count(List<Level> levels, Direction direction) {
        return (int) levels.stream().filter(l -> l.direction() == direction).count();
    }

    private static Optional<Level> level(List<EstimateRow> estimates, String indicator, int wave) {
        Optional<EstimateRow> now = find(estimates, indicator, wave, "").filter(KeyFindings::published);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        Optional<EstimateRow> change = find(estimates, indicator + ":change", wave, "");
        Direction direction = direction(change.orElse(null));
        Integer previous = null;
        Double before = null;
        if (direction != Direction.NOT_COMPARED) {
            Optional<EstimateRow> earlier = previousLevel(estimates, indicator, wave);
            previous = earlier.map(EstimateRow::wave).orElse(null);
            before = earlier.map(EstimateRow::estimate).orElse(null);
            if (before == null) {
                direction = Direction.NOT_COMPARED;
            }
        }
        boolean compared = direction != Direction.NOT_COMPARED;
        return Optional.of(new Level(indicator, wave, now.get().estimate(), "uncertain".equals(now.get().flag()),
                compared ? previous : null, compared ? before : null, compared ? change.get().estimate() : null, direction));
    }

    /** The level of the latest wave before {@code wave} with a published estimate for all students. */
    private static Optional<EstimateRow> previousLevel(List<EstimateRow> estimates, String indicator, int wave) {
        return estimates.stream().filter(r -> r.indicator().equals(indicator) && r.wave() < wave && isAll(r.domain()))
                .filter(KeyFindings::published).max(Comparator.comparingInt(EstimateRow::wave));
    }

    /** Rule 3c: the published {@code :diff} row of the wave with the largest |difference| whose interval excludes 0. */
    private static Optional<GroupFinding> largestGroupDifference(List<EstimateRow> estimates, String indicator, int wave) {
        String name = indicator + ":diff";
        return estimates.stream()
                .filter(r -> r.indicator().equals(name) && r.wave() == wave && published(r))
                .filter(r -> direction(r) == Direction.INCREASED || direction(r) == Direction.DECREASED)
                .filter(r -> GROUP_BREAKDOWNS.contains(breakdownOf(r.domain())))
                .max(Comparator.comparingDouble(r -> Math.abs(r.estimate())))
                .flatMap(r -> groupFinding(estimates, indicator, wave, r));
    }

    private static Optional<GroupFinding> groupFinding(List<EstimateRow> estimates, String indicator, int wave,
                                                       EstimateRow diff) {
        String[] groups = diff.domain().split("-", 2);
        Optional<EstimateRow> first = find(estimates, indicator, wave, groups[0]).filter(KeyFindings::published);
        Optional<EstimateRow> second = find(estimates, indicator, wave, groups[1]).filter(KeyFindings::published);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        boolean firstHigher = diff.estimate() > 0;
        EstimateRow high = firstHigher ? first.get() : second.get();
        EstimateRow low = firstHigher ? second.get() : first.get();
        return Optional.of(new GroupFinding(indicator, wave, breakdownOf(diff.domain()), high.domain().trim(),
                high.estimate(), low.domain().trim(), low.estimate(), Math.abs(diff.estimate())));
    }

    /** The variable of a one-variable domain pair ({@code sex=1-sex=2} gives {@code sex}); empty for combined ones. */
    static String breakdownOf(String domain) {
        String[] groups = domain.split("-", 2);
        if (groups.length != 2 || groups[0].contains(";")) {
            return "";
        }
        String a = groups[0].split("=", 2)[0].trim();
        String b = groups[1].split("=", 2)[0].trim();
        return a.equals(b) ? a : "";
    }

    private static Optional<EstimateRow> find(List<EstimateRow> estimates, String indicator, int wave, String domain) {
        return estimates.stream().filter(r -> r.indicator().equals(indicator) && r.wave() == wave
                && normalise(r.domain()).equals(normalise(domain))).findFirst();
    }

    private static boolean published(EstimateRow r) {
        return !SUPPRESSED.equals(r.flag()) && finite(r.estimate());
    }

    private static boolean isAll(String domain) {
        return domain == null || domain.isBlank();
    }

    private static String normalise(String domain) {
        return domain == null ? "" : domain.trim();
    }

    private static boolean finite(Double d) {
        return d != null && Double.isFinite(d);
    }
}
