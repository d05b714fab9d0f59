package se.hrvstat.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made publication data for the writer tests: two waves, overall and by sex. */
final class TestReports {

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
        rows.add(new EstimateRow("oro_tvang", 2024, "sex=3", 0.21, 0.09, 0.08, 0.44, 1.2, 24, "uncertain"));
        rows.add(new EstimateRow("hedersnormer:change", 2024, "", 0.0054, 0.004, -0.0024, 0.0132, null, 9324, ""));
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

    static AnnualReport report() {
        return new AnnualReport(2024, estimates(), indicators(), metadata(), List.of(), Instant.parse("2025-03-14T09:30:00Z"));
    }
}
