package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.StatTable;

class PxWriterTest {

    @TempDir
    static Path dir;
    static Map<String, PxParser.Px> files = new HashMap<>();
    static Map<String, String> texts = new HashMap<>();

    @BeforeAll
    static void writeAndParseEveryFile() throws IOException {
        List<Path> written = new PxWriter().write(TestReports.widenedReport(), dir.resolve("px"));
        for (Path p : written) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            texts.put(p.getFileName().toString(), text);
            files.put(p.getFileName().toString(), PxParser.parse(text));
        }
    }

    @Test
    void one_file_per_breakdown_and_kind_and_one_per_stat_table() {
        assertThat(files.keySet()).contains("unga-indikatorer-kon-2024.px", "unga-indikatorer-arskurs-2024.px",
                "unga-indikatorer-fodelseland-2024.px", "unga-indikatorer-funktionsnedsattning-2024.px",
                "unga-indikatorer-hbtqi-2024.px", "unga-indikatorer-lan-2024.px", "unga-indikatorer-kon-arskurs-2024.px",
                "unga-indikatorer-forandring-kon-2024.px", "unga-fragor-kon-2024.px",
                "kanda-personer-kommun.px", "kanda-personer-lan-takt.px");
    }

    @Test
    void every_file_has_the_mandatory_keywords_in_utf8_with_short_records() {
        for (Map.Entry<String, PxParser.Px> e : files.entrySet()) {
            PxParser.Px px = e.getValue();
            assertThat(texts.get(e.getKey())).as(e.getKey()).startsWith("CHARSET=\"ANSI\";\r\n");
            assertThat(px.one("AXIS-VERSION")).isEqualTo("2013");
            assertThat(px.one("CODEPAGE")).isEqualTo("utf-8");
            assertThat(px.one("LANGUAGE")).isEqualTo("sv");
            assertThat(px.one("CREATION-DATE")).isEqualTo("20250314 10:30"); // 09:30 UTC is 10:30 in Stockholm in March
            // px.next.update (0315 09:30) in the year after 2025
            assertThat(px.one("NEXT-UPDATE")).as(e.getKey()).isEqualTo("20260315 09:30");
            if (px.get("CONTVARIABLE") == null) {
                assertThat(px.one("LAST-UPDATED")).as(e.getKey()).isEqualTo("20250314 10:30");
                assertThat(px.one("CONTACT")).as(e.getKey()).startsWith("Nationellt centrum");
            } else {
                for (String content : px.values(px.one("CONTVARIABLE"))) {
                    assertThat(px.one("LAST-UPDATED(\"" + content + "\")")).as(e.getKey()).isEqualTo("20250314 10:30");
                    assertThat(px.one("CONTACT(\"" + content + "\")")).as(e.getKey()).startsWith("Nationellt centrum");
                }
            }
            for (String k : List.of("DECIMALS", "SHOWDECIMALS", "MATRIX", "SUBJECT-CODE", "SUBJECT-AREA", "TITLE",
                    "CONTENTS", "UNITS", "SOURCE")) {
                assertThat(px.get(k)).as(e.getKey() + " " + k).isNotNull();
            }
            assertThat(Integer.parseInt(px.one("SHOWDECIMALS"))).isLessThanOrEqualTo(Integer.parseInt(px.one("DECIMALS")));
            long cells = 1;
            List<String> vars = new ArrayList<>(px.get("STUB"));
            vars.addAll(px.get("HEADING"));
            for (String v : vars) {
                assertThat(px.values(v)).as(e.getKey() + " VALUES " + v).isNotEmpty().doesNotHaveDuplicates();
                cells *= px.values(v).size();
            }
            assertThat(px.data()).as(e.getKey() + " DATA").hasSize((int) cells);
            for (String line : texts.get(e.getKey()).split("\r\n")) {
                assertThat(line.length()).as(e.getKey() + ": " + line).isLessThanOrEqualTo(256);
            }
        }
    }

    @Test
    void survey_files_carry_the_reference_year_in_their_names_and_municipal_files_keep_theirs() {
        // TestReports.widenedReport() is the report of 2024
        assertThat(files.keySet().stream().filter(n -> n.startsWith("unga-"))).isNotEmpty()
                .allMatch(n -> n.endsWith("-2024.px"));
        assertThat(files.get("unga-indikatorer-kon-2024.px").one("MATRIX")).isEqualTo("UNGA-INDIKATORER-KON");
    }

    @Test
    void every_estimate_reads_back_in_every_file_of_its_breakdown_and_all_other_cells_are_dots() {
        Map<String, Set<Integer>> seen = new HashMap<>();
        int checked = 0;
        for (EstimateRow row : TestReports.widenedEstimates()) {
            boolean change = row.indicator().contains(":");
            boolean item = row.indicator().startsWith("q");
            List<String[]> parts = new ArrayList<>();
            if (!row.domain().isEmpty()) {
                for (String p : row.domain().split(";")) {
                    parts.add(p.split("="));
                }
            }
            int filesWithRow = 0;
            for (Map.Entry<String, PxParser.Px> e : files.entrySet()) {
                String name = e.getKey();
                if (!name.startsWith("unga-") || name.contains("-forandring-") != change
                        || name.startsWith("unga-fragor") != item) {
                    continue;
                }
                PxParser.Px px = e.getValue();
                List<String> stub = px.get("STUB");
                List<Integer> index = new ArrayList<>();
                boolean fits = true;
                int covered = 0;
                for (String var : stub) {
                    List<String> codes = px.get("CODES(\"" + var + "\")");
                    String code;
                    if (var.equals("Indikator")) {
                        code = row.indicator().split(":")[0];
                    } else if (var.equals("Mått")) {
                        code = row.indicator().split(":")[1];
                    } else {
                        code = "T";
                        for (String[] kv : parts) {
                            if (new DomainLabels(BundledTexts.TEXTS).variable(kv[0]).equals(var)) {
                                code = kv[1];
                                covered++;
                            }
                        }
                    }
                    if (!codes.contains(code)) {
                        fits = false;
                    }
                    index.add(codes.indexOf(code));
                }
                if (!fits || covered != parts.size()) {
                    continue;
                }
                filesWithRow++;
                int year = px.values("År").indexOf(Integer.toString(row.wave()));
                assertThat(year).isNotNegative();
                String[] cells = new String[4];
                for (int c = 0; c < 4; c++) {
                    List<Integer> all = new ArrayList<>(index);
                    all.add(year);
                    all.add(c);
                    cells[c] = px.cell(all.stream().mapToInt(Integer::intValue).toArray());
                    seen.computeIfAbsent(name, k -> new HashSet<>()).add(offset(px, all));
                }
                String what = name + " " + row;
                if ("suppressed".equals(row.flag())) {
                    assertThat(cells[0]).as(what).isEqualTo("..");
                    assertThat(cells[1]).as(what).isEqualTo("..");
                    assertThat(cells[2]).as(what).isEqualTo("..");
                } else {
                    // stored in percent with one decimal: within half a unit of the last decimal
                    assertThat(Double.parseDouble(cells[0])).as(what).isCloseTo(100 * row.estimate(), within(0.05 + 1e-9));
                    assertThat(Double.parseDouble(cells[1])).as(what).isCloseTo(100 * row.ciLow(), within(0.05 + 1e-9));
                    assertThat(Double.parseDouble(cells[2])).as(what).isCloseTo(100 * row.ciHigh(), within(0.05 + 1e-9));
                }
                assertThat(Long.parseLong(cells[3])).as(what).isEqualTo(row.n());
                checked++;
            }
            assertThat(filesWithRow).as("files holding " + row).isPositive();
        }
        assertThat(checked).isGreaterThan(TestReports.widenedEstimates().size());
        for (Map.Entry<String, PxParser.Px> e : files.entrySet()) {
            if (!e.getKey().startsWith("unga-")) {
                continue;
            }
            List<String> data = e.getValue().data();
            for (int i = 0; i < data.size(); i++) {
                if (!seen.getOrDefault(e.getKey(), Set.of()).contains(i)) {
                    assertThat(data.get(i)).as(e.getKey() + " cell " + i + " has no estimate behind it").isEqualTo("..");
                }
            }
        }
    }

    private static int offset(PxParser.Px px, List<Integer> indexes) {
        List<String> vars = new ArrayList<>(px.get("STUB"));
        vars.addAll(px.get("HEADING"));
        int offset = 0;
        for (int v = 0; v < vars.size(); v++) {
            offset = offset * px.values(vars.get(v)).size() + indexes.get(v);
        }
        return offset;
    }

    @Test
    void a_known_cell_by_hand_girls_in_year_9_living_with_honour_norms() {
        PxParser.Px px = files.get("unga-indikatorer-kon-arskurs-2024.px");
        assertThat(px.get("STUB")).containsExactly("Indikator", "Kön", "Årskurs");
        assertThat(px.get("HEADING")).containsExactly("År", "Uppgift");
        // sex=3 has no row by grade, so it is only in unga-indikatorer-kon-2024.px
        assertThat(px.values("Kön")).containsExactly("Samtliga", "Flickor", "Pojkar");
        assertThat(px.values("Årskurs")).containsExactly("Samtliga", "Årskurs 9", "Gymnasiet år 2");
        // 0.1234 * 1.2 = 0.14808 -> 14.8 %; n = 1320 (TestReports)
        assertThat(px.cell(0, 1, 1, px.values("År").indexOf("2024"), 0)).isEqualTo("14.8");
        assertThat(px.cell(0, 1, 1, px.values("År").indexOf("2024"), 3)).isEqualTo("1320");
        // the uncertain cell (pojkar, gymnasiet år 2, 9.7 %) carries the note symbol
        assertThat(px.get("DATANOTECELL(\"Lever med hedersnormer\",\"Pojkar\",\"Gymnasiet år 2\",\"2024\",\"Andel\")"))
                .containsExactly("*");
        assertThat(px.one("CONTVARIABLE")).isEqualTo("Uppgift");
        assertThat(px.one("UNITS(\"Antal svarande\")")).isEqualTo("antal");
    }

    @Test
    void a_stat_table_keeps_its_values_codes_and_dots() {
        PxParser.Px px = files.get("kanda-personer-kommun.px");
        assertThat(px.get("STUB")).containsExactly("Kommun");
        assertThat(px.get("HEADING")).containsExactly("Sektor");
        assertThat(px.get("CODES(\"Kommun\")")).containsExactly("0114", "0180", "1280", "2584");
        assertThat(px.data()).containsExactly("12", "..", "15", "231", "118", "349", "144", "37", "181", "..", "..", "..");
        assertThat(px.get("DATANOTECELL(\"1280 Malmö\",\"Skola\")")).containsExactly("*");
        assertThat(px.one("UNITS")).isEqualTo("antal personer");
        assertThat(px.one("NOTE")).contains("räknas en gång").contains(".. = uppgift redovisas inte");

        PxParser.Px rates = files.get("kanda-personer-lan-takt.px");
        assertThat(rates.one("DECIMALS")).isEqualTo("1");
        assertThat(rates.data()).containsExactly("4.3", "3.1", ".."); // 4.256 -> 4.3, 3.05 -> 3.1 (half up)
    }

    @Test
    void each_column_keeps_its_own_decimals_and_a_column_with_more_has_a_precision() {
        // counts of municipalities (0 decimals) beside percentages (1 decimal), as in the coverage table
        StatTable t = new StatTable("tackning", "Täckning", "Täckning", "Län", List.of("01 Stockholms län"), "Uppgift",
                List.of("Kommuner", "Andel kommuner (%)"), List.of(List.of(StatTable.Cell.of(26), StatTable.Cell.of(84.6153))),
                "antal respektive procent", List.of(0, 1), "Källa", List.of());
        PxParser.Px px = PxParser.parse(PxWriter.statTable(t, "20250101 00:00", BundledTexts.TEXTS));
        assertThat(px.one("DECIMALS")).isEqualTo("1");
        assertThat(px.one("SHOWDECIMALS")).isEqualTo("0");
        assertThat(px.one("PRECISION(\"Uppgift\",\"Andel kommuner (%)\")")).isEqualTo("1");
        assertThat(px.get("PRECISION(\"Uppgift\",\"Kommuner\")")).isNull();
        assertThat(px.data()).containsExactly("26", "84.6"); // 84.6153 to one decimal
    }

    @Test
    void a_long_note_is_split_into_pieces_that_join_back() {
        String note = "Ord ".repeat(150).trim();
        StatTable t = new StatTable("lang-not", "Titel", "Rad", List.of("a"), "Kolumn", List.of("b"),
                List.of(List.of(StatTable.Cell.of(1))), "antal", 0, "Källa", List.of(note));
        String text = PxWriter.statTable(t, "20250101 00:00", BundledTexts.TEXTS);
        assertThat(text.lines()).allMatch(l -> l.length() <= 256);
        assertThat(PxParser.parse(text).one("NOTE")).startsWith(note + " Teckenförklaring");
    }

    @Test
    void a_word_edited_in_the_templates_folder_reaches_the_px_files(@TempDir Path templates) throws IOException {
        String bundle = Files.readString(Path.of("report-templates", Texts.FILE), StandardCharsets.UTF_8);
        assertThat(bundle).contains("\npx.variable.year=År\n");
        Files.writeString(templates.resolve(Texts.FILE), bundle.replace("\npx.variable.year=År\n", "\npx.variable.year=Årtal\n"),
                StandardCharsets.UTF_8);

        Map<String, String> edited = new PxWriter(templates).files(TestReports.widenedReport());

        PxParser.Px px = PxParser.parse(edited.get("unga-indikatorer-kon-2024.px"));
        assertThat(px.get("HEADING")).containsExactly("Årtal", "Uppgift");
    }
}
