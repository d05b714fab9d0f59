package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.hrvstat.municipal.Geography;
import se.hrvstat.municipal.MunicipalStatistics;
import se.hrvstat.municipal.MunicipalYear;
import se.hrvstat.result.CaseCount;
import se.hrvstat.result.EffortReturn;
import se.hrvstat.result.PopulationCount;
import se.hrvstat.result.StatTable;
import se.hrvstat.survey.disclosure.DisclosureRules;

/**
 * The report's tables of the municipal mapping and efforts: every word of every column header
 * fits its column, so that JasperReports never breaks a word inside ("befolkninge/n"), and each
 * column prints with its own decimals.
 */
class StatTableLayoutTest {

    /** Every table the municipal statistics publish, from a two-municipality mapping of two years. */
    static List<StatTable> municipalTables() {
        Geography geo = new Geography(linked("0101", "A-by", "0102", "A-stad"), Map.of("0101", "01", "0102", "01"),
                linked("01", "Län A"));
        List<CaseCount> cases = new ArrayList<>();
        for (String kod : List.of("0101", "0102")) {
            cases.add(new CaseCount(kod, "socialtjanst", "flicka_kvinna", "13-17", "personer", 40));
        }
        List<PopulationCount> population = List.of(new PopulationCount("0101", "flicka_kvinna", "13-17", 10_000),
                new PopulationCount("0102", "flicka_kvinna", "13-17", 20_000));
        EffortReturn effort = new EffortReturn("0101", true, true, false, false, 5, 50, false, false, true);
        MunicipalYear now = new MunicipalYear(2024, cases, List.of(effort), population);
        MunicipalYear before = new MunicipalYear(2023, List.of(), List.of(effort), List.of());
        return new MunicipalStatistics(BundledTexts.TEXTS::get, geo, DisclosureRules.DEFAULT, 0.95).compute(now, Optional.of(before)).tables();
    }

    @Test
    void no_word_of_a_column_header_is_wider_than_its_column() throws IOException, FontFormatException {
        Font bold;
        try (InputStream in = StatTableLayoutTest.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf")) {
            bold = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(StatTableView.HEADER_FONT_SIZE);
        }
        FontRenderContext frc = new FontRenderContext(null, true, true);
        List<StatTable> tables = new ArrayList<>(municipalTables());
        tables.addAll(TestReports.widenedReport().tables());
        assertThat(tables).hasSizeGreaterThanOrEqualTo(9);
        for (StatTable t : tables) {
            for (String header : t.heading()) {
                for (String word : header.split(" ")) {
                    double width = bold.getStringBounds(word, frc).getWidth();
                    assertThat(width).as("'%s' in '%s' of %s", word, header, t.id()).isLessThanOrEqualTo(StatTableView.COLUMN_WIDTH);
                }
            }
        }
    }

    @Test
    void a_count_column_prints_whole_numbers_beside_a_percentage_column_with_one_decimal() {
        StatTable coverage = municipalTables().stream().filter(t -> t.id().startsWith("kartlaggning-svarsfrekvens"))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, ?> riket = ((net.sf.jasperreports.engine.data.JRMapCollectionDataSource)
                StatTableView.records(List.of(coverage), TableNumbers.ofStatTables(List.of(coverage)), BundledTexts.TEXTS).get(0).get("rows")).getData().stream()
                .map(m -> (Map<String, ?>) m).filter(m -> "Riket".equals(m.get("stub"))).findFirst().orElseThrow();
        // 2 municipalities, 2 returned, 100 % of them, covering 30 000 of 30 000 inhabitants
        assertThat(riket.get("c1")).isEqualTo("2");
        assertThat(riket.get("c2")).isEqualTo("2");
        assertThat(riket.get("c3")).isEqualTo("100,0");
        assertThat(riket.get("c4")).isEqualTo("100,0");
    }

    private static Map<String, String> linked(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
