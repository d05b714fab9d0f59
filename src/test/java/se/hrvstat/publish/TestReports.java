package se.hrvstat.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.IndicatorInfo;
import se.hrvstat.result.StatTable;

/** Hand-made publication data for the writer tests: two waves, overall and by sex. */
final class TestReports {
    /** The confidence level of the test reports' intervals (jobs/annual.properties: estimate.level). */
    static final double LEVEL = 0.95;

    private TestReports() {
    }

    static List<IndicatorInfo> indicators() {
        return List.of(
                new IndicatorInfo("hedersnormer", "Lever med hedersnormer",
                        "Oskuldsnorm (q03) och minst en av q01, q02, q10"),
                new IndicatorInfo("begransningar", "Begränsningar i vardagen",
                        "Minst två av q04–q08"),
                new IndicatorInfo("hedersvald", "Utsatt för hedersrelaterat våld",
                        "Hedersnormer och minst en av q11, q12, q13"),
                new IndicatorInfo("oro_tvang", "Oro för att bli tvingad att gifta sig", "q10"),
                new IndicatorInfo("vet_hjalp", "Vet vart man kan vända sig för att få hjälp", "q16"));
    }

    static EstimateRow row(String indicator, int wave, String domain, double p, long n) {
        double se = Math.sqrt(p * (1 - p) / n) * 1.3;
        return new EstimateRow(indicator, wave, domain, p, se, Math.max(0, p - 1.96 * se),
                Math.min(1, p + 1.96 * se), 1.69, n, "");
    }

    static EstimateRow suppressed(String indicator, int wave, String domain, long n) {
        return new EstimateRow(indicator, wave, domain, null, null, null, null, null, n, "suppressed");
    }

    static List<EstimateRow> estimates() {
        List<EstimateRow> rows = new ArrayList<>();
        int[] waves = {2022, 2024};
        double[][] base = {{0.118, 0.1234}, {0.081, 0.0876}, {0.042, 0.0391}, {0.063, 0.0712}, {0.612, 0.6543}};
        String[] names = {"hedersnormer", "begransningar", "hedersvald", "oro_tvang", "vet_hjalp"};
        for (int w = 0; w < waves.length; w++) {
            for (int i = 0; i < names.length; i++) {
                double p = base[i][w];
                rows.add(row(names[i], waves[w], "", p, 4512 + 17 * i + 300 * w));
                rows.add(row(names[i], waves[w], "sex=1", p * 1.15, 2301 + 9 * i));
                if (names[i].equals("hedersvald") && waves[w] == 2024) {
                    rows.add(suppressed(names[i], waves[w], "sex=2", 3));
                } else {
                    rows.add(row(names[i], waves[w], "sex=2", p * 0.85, 2150 + 8 * i));
                }
            }
        }
        rows.add(new EstimateRow("oro_tvang", 2024, "sex=3", 0.21, 0.09, 0.08, 0.44, 1.2, 24L, "uncertain"));
        rows.add(new EstimateRow("hedersnormer:change", 2024, "", 0.0054, 0.004, -0.0024, 0.0132, null, 9324L, ""));
        return rows;
    }

    static Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Undersökning", "Unga och heder, elever i årskurs 9 och gymnasiet år 2");
        m.put("Urval", "Tvåstegsurval av klasser, 412 klasser i 188 skolor");
        m.put("Svarsfrekvens", "71,4 %");
        m.put("Viktning", "Kalibrering (raking) mot kön, årskurs och län");
        m.put("Varians", "Taylorlinjärisering, strata och klasser som primära urvalsenheter");
        m.put("Konfidensintervall", "Logit-intervall, 95 %");
        m.put("Röjandekontroll", "Andelar med färre än 30 svarande i nämnaren redovisas inte");
        m.put("Indatafilens kontrollsumma", "sha256:9f2c1e…");
        m.put("Programversion", "hrvstat 0.1.0");
        return m;
    }

    /**
     * The data after the widening of the survey estimates (issue 7): {@link #estimates()} plus every
     * standard breakdown of 2024 for two indicators (grade, born, disability, lgbtq, lanskod and
     * sex×grade, one cell suppressed, one uncertain), a question q01, a change by sex and a
     * {@code :trend} row. Shares are invented; only their shape matters to the writers.
     */
    static List<EstimateRow> widenedEstimates() {
        List<EstimateRow> rows = new ArrayList<>(estimates());
        for (String name : List.of("hedersnormer", "hedersvald")) {
            double p = name.equals("hedersnormer") ? 0.1234 : 0.0391;
            for (int wave : new int[] {2022, 2024}) {
                rows.add(row(name, wave, "grade=9", p * 1.1, 2612));
                rows.add(row(name, wave, "grade=11", p * 0.9, 2200));
            }
            rows.add(row(name, 2024, "born=1", p * 0.8, 3100));
            rows.add(row(name, 2024, "born=2", p * 1.9, 900));
            rows.add(row(name, 2024, "born=3", p * 1.6, 812));
            rows.add(row(name, 2024, "disability=1", p * 1.4, 700));
            rows.add(row(name, 2024, "disability=2", p * 0.95, 4112));
            rows.add(row(name, 2024, "lgbtq=1", p * 1.5, 420));
            rows.add(row(name, 2024, "lgbtq=2", p * 0.97, 4392));
            rows.add(row(name, 2024, "lanskod=01", p * 1.2, 1300));
            rows.add(row(name, 2024, "lanskod=12", p * 1.05, 900));
            rows.add(row(name, 2024, "sex=1;grade=9", p * 1.2, 1320));
            rows.add(row(name, 2024, "sex=1;grade=11", p * 1.1, 981));
            rows.add(row(name, 2024, "sex=2;grade=9", p * 0.9, 1292));
            if (name.equals("hedersvald")) {
                rows.add(suppressed(name, 2024, "sex=2;grade=11", 4));
            } else {
                rows.add(new EstimateRow(name, 2024, "sex=2;grade=11", 0.097, 0.031, 0.05, 0.18, 1.4, 41L, "uncertain"));
            }
        }
        rows.add(row("q01", 2024, "", 0.2051, 4800));
        rows.add(row("q01", 2024, "sex=1", 0.2302, 2400));
        rows.add(row("q01", 2024, "sex=2", 0.1803, 2300));
        rows.add(new EstimateRow("hedersnormer:change", 2024, "sex=1", 0.0071, 0.006, -0.0047, 0.0189, null, 4600L, ""));
        rows.add(new EstimateRow("hedersnormer:trend", 2024, "", 0.0027, 0.002, -0.0012, 0.0066, null, 9324L, ""));
        rows.add(new EstimateRow("hedersvald:change", 2024, "sex=2", null, null, null, null, null, 7L, "suppressed"));
        return rows;
    }

    /**
     * A municipal table as the municipal helper will hand it over: stub "kommunkod namn", one
     * suppressed, one missing (no return) and one uncertain cell. Figures invented.
     */
    static StatTable municipalTable() {
        return new StatTable("kanda-personer-kommun", "Kända personer efter kommun och sektor, 2024", "Kommun",
                List.of("0114 Upplands Väsby", "0180 Stockholm", "1280 Malmö", "2584 Kiruna"), "Sektor",
                List.of("Socialtjänst", "Skola", "Totalt"),
                List.of(List.of(StatTable.Cell.of(12), StatTable.Cell.suppressed(), StatTable.Cell.of(15)),
                        List.of(StatTable.Cell.of(231), StatTable.Cell.of(118), StatTable.Cell.of(349)),
                        List.of(StatTable.Cell.of(144), new StatTable.Cell(37.0, StatTable.Status.UNCERTAIN),
                                StatTable.Cell.of(181)),
                        List.of(StatTable.Cell.missing(), StatTable.Cell.missing(), StatTable.Cell.missing())),
                "antal personer", 0, "Källa: Kartläggning av hedersrelaterat våld och förtryck 2024, " + BundledTexts.TEXTS.get("publisher")
                        + ".", List.of("Personer som fler än en sektor känner till räknas en gång i Totalt."));
    }

    /** A rate table with decimals, counties as stub. */
    static StatTable rateTable() {
        return new StatTable("kanda-personer-lan-takt", "Kända personer per 10 000 invånare 0–25 år efter län, 2024",
                "Län", List.of("01 Stockholms län", "12 Skåne län", "25 Norrbottens län"), "Uppgift",
                List.of("Per 10 000 invånare"),
                List.of(List.of(StatTable.Cell.of(4.256)), List.of(StatTable.Cell.of(3.05)),
                        List.of(StatTable.Cell.suppressed())),
                "per 10 000 invånare 0–25 år", 1, "Källa: Kartläggningen 2024.", List.of());
    }

    static AnnualReport widenedReport() {
        List<IndicatorInfo> indicators = new ArrayList<>(indicators());
        indicators.add(new IndicatorInfo("q01", "Familjen bestämmer vem jag får vara kompis med", "q01 = 1"));
        return new AnnualReport(2024, widenedEstimates(), indicators, metadata(), List.of(municipalTable(), rateTable()),
                Instant.parse("2025-03-14T09:30:00Z"), LEVEL);
    }

    static AnnualReport report() {
        return new AnnualReport(2024, estimates(), indicators(), metadata(), List.of(), Instant.parse("2025-03-14T09:30:00Z"), LEVEL);
    }
}
