package se.hrvstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.hrvstat.result.InputKind;
import se.hrvstat.result.Reject;

/** The rules across cells and rows live in jobs/rules.csv, not in Java. */
class RuleBookTest {
    private Codebook codebook;

    @BeforeEach
    void setUp() throws Exception {
        try (Reader in = Files.newBufferedReader(Path.of("jobs/codebook.csv"))) {
            codebook = Codebook.parse(in, "jobs/codebook.csv");
        }
    }

    private RuleBook rules(String lines) {
        return RuleBook.parse(new StringReader("rule,file,check,same\n" + lines), "rules.csv", codebook);
    }

    private static CellRule.Row returnsRow(int line, String kommun, String measure, int value) {
        // columns(): value, value, measure, year kommunkod sector sex age_group submitted
        return new CellRule.Row(1, line, new Object[] {value, value, measure, 2024, kommun, "skola", "pojke_man", "13-17",
            "2025-03-01T10:00"});
    }

    @Test
    void theShippedRuleFileReadsAndHoldsTheCrossFileRulesOfTheIssue() throws Exception {
        RuleBook shipped;
        try (Reader in = Files.newBufferedReader(Path.of("jobs/rules.csv"))) {
            shipped = RuleBook.parse(in, "jobs/rules.csv", codebook);
        }
        assertThat(shipped.cellRules()).extracting(CellRule::name).containsExactly("type_count_within_persons");
        assertThat(shipped.rowRules(InputKind.EFFORTS)).extracting(r -> ((ColumnComparisonRule) r).name())
                .containsExactly("staff_trained_within_total");
        assertThat(shipped.rowRules(InputKind.RESPONSES)).hasSize(1);
        assertThat(shipped.rowRules(InputKind.DESIGN)).hasSize(2);
    }

    @Test
    void aComparisonWithinTheRowRejectsNamingRuleColumnAndValue() {
        RowRule rule = rules("trained,efforts,staff_trained <= staff_total,\n").rowRules(InputKind.EFFORTS).get(0);
        Object[] values = new Object[InputKind.EFFORTS.header().size()];
        values[InputKind.EFFORTS.column("staff_trained")] = 120;
        values[InputKind.EFFORTS.column("staff_total")] = 80;

        Reject reject = rule.check(values);

        assertThat(reject.rule()).isEqualTo("trained");
        assertThat(reject.column()).isEqualTo("staff_trained");
        assertThat(reject.value()).isEqualTo("120");
        values[InputKind.EFFORTS.column("staff_trained")] = 80;
        assertThat(rule.check(values)).as("80 <= 80 holds").isNull();
    }

    @Test
    void aTypeCountAbovePersonerInTheSameCellIsBrokenAndOnlyThatRow() {
        CellRule rule = rules("types,returns,value <= value of measure=personer,"
                + "year kommunkod sector sex age_group submitted\n").cellRules().get(0);
        List<CellRule.Row> rows = List.of(returnsRow(2, "0180", "hot", 14), returnsRow(3, "0180", "personer", 12),
                returnsRow(4, "0180", "kontroll", 12), returnsRow(5, "0114", "hot", 99));

        List<CellRule.Violation> broken = rule.check(rows);

        // line 2: 14 > 12; line 4: 12 <= 12 holds; line 5: its cell (0114) has no personer row, not judged
        assertThat(broken).extracting(CellRule.Violation::line).containsExactly(2);
        assertThat(broken.get(0).reject().value()).isEqualTo("14");
        assertThat(broken.get(0).reject().message()).contains("measure=personer").contains("(12)");
    }

    @Test
    void routingIsReadFromTheFile() {
        RowRule rule = rules("r,responses,q15 asked if any of q11 q12 q13 q14 is 1,\n").rowRules(InputKind.RESPONSES).get(0);
        Object[] values = new Object[InputKind.RESPONSES.header().size()];
        values[InputKind.RESPONSES.column("q12")] = 1;

        assertThat(rule.check(values).message()).contains("should have been asked");
        values[InputKind.RESPONSES.column("q15")] = 2;
        assertThat(rule.check(values)).isNull();
    }

    @Test
    void aMissingCodeIsNeverCompared() {
        RowRule rule = rules("r,responses,q01 <= q02,\n").rowRules(InputKind.RESPONSES).get(0);
        Object[] values = new Object[InputKind.RESPONSES.header().size()];
        values[InputKind.RESPONSES.column("q01")] = 9; // 9 = not answered, a missing code of q01
        values[InputKind.RESPONSES.column("q02")] = 1;

        assertThat(rule.check(values)).isNull();
    }

    @Test
    void aRuleNamingAColumnTheFileDoesNotHaveIsRefusedWithItsLine() {
        assertThatThrownBy(() -> rules("# comment\nx,efforts,staff_trained <= staff_all,\n"))
                .hasMessageContaining("rules.csv, line 3").hasMessageContaining("staff_all");
        assertThatThrownBy(() -> rules("x,efforts,staff_trained is small,\n")).hasMessageContaining("cannot read");
    }
}
