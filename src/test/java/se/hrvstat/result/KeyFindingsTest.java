package se.hrvstat.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.KeyFindings.Direction;
import se.hrvstat.result.KeyFindings.GroupFinding;
import se.hrvstat.result.KeyFindings.LevelFinding;
import se.hrvstat.result.KeyFindings.UnchangedFinding;

class KeyFindingsTest {

    private static EstimateRow level(String indicator, int wave, String domain, double share) {
        return new EstimateRow(indicator, wave, domain, share, 0.005, share - 0.01, share + 0.01, 1.5, 1000L, "");
    }

    /** A change row whose interval is [low, high]; the estimate is their midpoint. */
    private static EstimateRow change(String indicator, double low, double high) {
        return new EstimateRow(indicator + ":change", 2024, "", (low + high) / 2, 0.005, low, high, null, 1000L, "", 0.01);
    }

    private static EstimateRow diff(String indicator, String domains, double low, double high) {
        return new EstimateRow(indicator + ":diff", 2024, domains, (low + high) / 2, 0.005, low, high, null, 1000L, "", 0.01);
    }

    @Test
    void a_change_counts_only_when_its_interval_excludes_zero() {
        assertThat(KeyFindings.direction(change("a", 0.001, 0.02))).isEqualTo(Direction.INCREASED);
        assertThat(KeyFindings.direction(change("a", -0.02, -0.001))).isEqualTo(Direction.DECREASED);
        assertThat(KeyFindings.direction(change("a", -0.001, 0.02))).isEqualTo(Direction.NO_CHANGE);
        assertThat(KeyFindings.direction(change("a", 0.0, 0.02))).isEqualTo(Direction.NO_CHANGE); // 0 inside: not säkerställd
        assertThat(KeyFindings.direction(null)).isEqualTo(Direction.NOT_COMPARED);
        EstimateRow suppressed = new EstimateRow("a:change", 2024, "", null, null, null, null, null, null, "suppressed");
        assertThat(KeyFindings.direction(suppressed)).isEqualTo(Direction.NOT_COMPARED);
    }

    @Test
    void the_headline_counts_the_main_indicators_that_increased_decreased_and_did_not_change() {
        List<EstimateRow> rows = new ArrayList<>();
        rows.addAll(List.of(level("a", 2022, "", 0.074), level("a", 2024, "", 0.085), change("a", 0.004, 0.018)));
        rows.addAll(List.of(level("b", 2022, "", 0.119), level("b", 2024, "", 0.115), change("b", -0.015, 0.007)));
        rows.addAll(List.of(level("c", 2022, "", 0.30), level("c", 2024, "", 0.25), change("c", -0.08, -0.02)));
        rows.add(level("d", 2024, "", 0.05)); // no previous wave: not compared

        KeyFindings.Summary s = KeyFindings.of(rows, List.of("a", "b", "c", "d"), 2024);

        KeyFindings.Headline h = s.headline().orElseThrow();
        assertThat(h.compared()).isEqualTo(3);
        assertThat(h.increased()).isEqualTo(1);
        assertThat(h.decreased()).isEqualTo(1);
        assertThat(h.unchanged()).isEqualTo(1);
        assertThat(h.main().indicator()).isEqualTo("a");
        assertThat(h.main().direction()).isEqualTo(Direction.INCREASED);
        assertThat(h.main().previous()).isEqualTo(2022);
        assertThat(h.main().before()).isEqualTo(0.074);
        assertThat(h.main().change()).isEqualTo((0.004 + 0.018) / 2); // the change row's own, unrounded estimate
    }

    @Test
    void findings_are_the_main_indicator_then_the_changes_that_count_then_the_unchanged_in_one() {
        List<EstimateRow> rows = new ArrayList<>();
        rows.addAll(List.of(level("a", 2022, "", 0.074), level("a", 2024, "", 0.085), change("a", -0.001, 0.018)));
        rows.addAll(List.of(level("b", 2022, "", 0.119), level("b", 2024, "", 0.115), change("b", -0.015, 0.007)));
        rows.addAll(List.of(level("c", 2022, "", 0.30), level("c", 2024, "", 0.25), change("c", -0.08, -0.02)));
        rows.addAll(List.of(level("e", 2022, "", 0.03), level("e", 2024, "", 0.03), change("e", -0.01, 0.01)));

        List<KeyFindings.Finding> f = KeyFindings.of(rows, List.of("a", "b", "c", "e"), 2024).findings();

        assertThat(f).hasSize(3);
        assertThat(((LevelFinding) f.get(0)).level().indicator()).isEqualTo("a");
        assertThat(((LevelFinding) f.get(0)).level().direction()).isEqualTo(Direction.NO_CHANGE);
        assertThat(((LevelFinding) f.get(1)).level().indicator()).isEqualTo("c");
        assertThat(((LevelFinding) f.get(1)).level().direction()).isEqualTo(Direction.DECREASED);
        assertThat(((UnchangedFinding) f.get(2)).indicators()).containsExactly("b", "e"); // not a: it has its own finding
    }

    @Test
    void the_largest_group_difference_that_counts_is_a_finding_with_the_higher_group_first() {
        List<EstimateRow> rows = new ArrayList<>(List.of(level("a", 2024, "", 0.085),
                level("a", 2024, "sex=1", 0.098), level("a", 2024, "sex=2", 0.069),
                level("a", 2024, "born=1", 0.034), level("a", 2024, "born=3", 0.222),
                level("a", 2024, "lanskod=01", 0.134), level("a", 2024, "lanskod=25", 0.031)));
        rows.add(diff("a", "sex=1-sex=2", 0.019, 0.039));         // 2,9 points, excludes 0
        rows.add(diff("a", "born=1-born=3", -0.209, -0.166));     // −18,7 points, excludes 0: the largest
        rows.add(diff("a", "grade=9-grade=11", -0.30, 0.01));     // larger midpoint but includes 0: does not count
        rows.add(diff("a", "lanskod=01-lanskod=25", 0.25, 0.26)); // counties are not compared in the summary

        List<KeyFindings.Finding> f = KeyFindings.of(rows, List.of("a"), 2024).findings();

        assertThat(f).hasSize(2);
        GroupFinding g = (GroupFinding) f.get(1);
        assertThat(g.breakdown()).isEqualTo("born");
        assertThat(g.higherDomain()).isEqualTo("born=3");
        assertThat(g.higherShare()).isEqualTo(0.222);
        assertThat(g.lowerDomain()).isEqualTo("born=1");
        assertThat(g.lowerShare()).isEqualTo(0.034);
        assertThat(g.difference()).isCloseTo((0.209 + 0.166) / 2, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void there_are_never_more_than_five_findings_and_the_group_and_unchanged_findings_keep_their_place() {
        List<EstimateRow> rows = new ArrayList<>();
        List<String> names = List.of("a", "b", "c", "d", "e", "f", "g");
        for (String n : names) {
            rows.add(level(n, 2022, "", 0.10));
            rows.add(level(n, 2024, "", 0.12));
            rows.add(n.equals("g") ? change(n, -0.01, 0.05) : change(n, 0.01, 0.03)); // a–f increased, g not
        }
        rows.addAll(List.of(level("a", 2024, "sex=1", 0.15), level("a", 2024, "sex=2", 0.09), diff("a", "sex=1-sex=2", 0.03, 0.09)));

        List<KeyFindings.Finding> f = KeyFindings.of(rows, names, 2024).findings();

        assertThat(f).hasSize(KeyFindings.MAX_FINDINGS);
        assertThat(f.get(0)).isInstanceOf(LevelFinding.class); // a
        assertThat(((LevelFinding) f.get(1)).level().indicator()).isEqualTo("b");
        assertThat(((LevelFinding) f.get(2)).level().indicator()).isEqualTo("c");
        assertThat(f.get(3)).isInstanceOf(GroupFinding.class);
        assertThat(((UnchangedFinding) f.get(4)).indicators()).containsExactly("g");
    }

    @Test
    void a_suppressed_main_indicator_is_left_out_and_nothing_published_gives_no_headline() {
        EstimateRow suppressed = new EstimateRow("a", 2024, "", null, null, null, null, null, null, "suppressed");
        assertThat(KeyFindings.of(List.of(suppressed), List.of("a"), 2024).headline()).isEmpty();
        KeyFindings.Summary s = KeyFindings.of(List.of(suppressed, level("b", 2024, "", 0.2)), List.of("a", "b"), 2024);
        assertThat(s.headline().orElseThrow().main().indicator()).isEqualTo("b");
        assertThat(s.headline().orElseThrow().main().direction()).isEqualTo(Direction.NOT_COMPARED);
    }

    @Test
    void in_a_first_wave_the_findings_are_the_levels_of_the_first_main_indicators() {
        List<EstimateRow> rows = List.of(level("a", 2024, "", 0.1), level("b", 2024, "", 0.2), level("c", 2024, "", 0.3),
                level("d", 2024, "", 0.4), level("e", 2024, "", 0.5), level("f", 2024, "", 0.6));
        List<KeyFindings.Finding> f = KeyFindings.of(rows, List.of("a", "b", "c", "d", "e", "f"), 2024).findings();
        assertThat(f).hasSize(KeyFindings.MAX_FINDINGS);
        assertThat(f).allMatch(x -> ((LevelFinding) x).level().direction() == Direction.NOT_COMPARED);
        assertThat(((LevelFinding) f.get(4)).level().indicator()).isEqualTo("e");
    }
}
