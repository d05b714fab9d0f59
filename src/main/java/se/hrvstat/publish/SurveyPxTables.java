package se.hrvstat.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.EstimateRow;

/**
 * The survey's PX tables: one file per table family, where a family is (indicator group, level or
 * change, breakdown). Groups: the main indicators ({@code indikatorer}) and the single questions
 * {@code q01}... ({@code fragor}). Breakdown: the variables of a domain ({@code sex},
 * {@code sex;grade}, ...); each breakdown variable gets a total value "Samtliga" (code {@code T})
 * first, so the file also holds the marginal rows (e.g. {@code grade=9} sits at Kön = Samtliga).
 *
 * <p>Layout: STUB = Indikator [, Mått for changes], breakdown variables; HEADING = År, Uppgift (the
 * content variable: estimate, interval limits at the run's confidence level in percent or percentage points, and n). A
 * combination without a published row, and a suppressed row, is {@code ".."}; n is shown for
 * suppressed rows as in the estimates CSV. Shares are stored in percent with one decimal
 * (rounded half up, as the report shows them).
 */
final class SurveyPxTables {

    static final String TOTAL_CODE = "T";
    static final String VAR_INDICATOR = "Indikator";
    static final String VAR_MEASURE = "Mått";
    static final String VAR_YEAR = "År";
    static final String VAR_CONTENT = "Uppgift";
    private static final Pattern ITEM = Pattern.compile("q\\d+");
    private static final Map<String, String> FILE_PART = Map.of("sex", "kon", "grade", "arskurs", "born", "fodelseland",
            "disability", "funktionsnedsattning", "lgbtq", "hbtqi", "lanskod", "lan");

    private final AnnualReport report;
    private final ReportData data;
    private final String created;
    private final Texts texts;
    /** The run's confidence level in percent, as the labels print it. */
    private final String level;
    /** indicator|wave|normalised domain to row. */
    private final Map<String, EstimateRow> rows = new HashMap<>();

    SurveyPxTables(AnnualReport report, String created, Texts texts) {
        this.report = report;
        this.texts = texts;
        this.level = SwedishFormat.levelPercent(report.level());
        this.data = new ReportData(report);
        this.created = created;
        for (EstimateRow r : report.estimates()) {
            rows.putIfAbsent(key(r.indicator(), r.wave(), r.domain()), r);
        }
    }

    /** A family of tables: which indicators, level or change, which breakdown variables. */
    record Family(boolean items, boolean change, List<String> variables) {
        String fileName() {
            String part = variables.isEmpty() ? "totalt"
                    : String.join("-", variables.stream().map(v -> FILE_PART.getOrDefault(v, PxWriter.safeName(v))).toList());
            return "unga-" + (items ? "fragor" : "indikatorer") + (change ? "-forandring" : "") + "-" + part + ".px";
        }
    }

    /** File name to PX text, in the order indicators before questions, levels before changes, breakdowns as met. */
    Map<String, String> files() {
        Map<Family, List<EstimateRow>> families = new LinkedHashMap<>();
        for (boolean items : new boolean[] {false, true}) {
            for (boolean change : new boolean[] {false, true}) {
                List<EstimateRow> ofKind = report.estimates().stream()
                        .filter(r -> isItem(r.indicator()) == items && (change ? ReportData.isTrend(r) : ReportData.isLevel(r)))
                        .toList();
                Set<List<String>> breakdowns = new LinkedHashSet<>();
                for (EstimateRow r : ofKind) {
                    List<String> vars = variables(r.domain());
                    if (!vars.isEmpty()) {
                        breakdowns.add(vars);
                    }
                }
                if (breakdowns.isEmpty() && !ofKind.isEmpty()) {
                    breakdowns.add(List.of());
                }
                for (List<String> vars : breakdowns) {
                    families.put(new Family(items, change, vars), ofKind);
                }
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        families.forEach((family, ofKind) -> files.put(family.fileName(), table(family, ofKind)));
        return files;
    }

    private String table(Family family, List<EstimateRow> ofKind) {
        // indicators (with their trend suffix for changes) in catalogue order
        List<String> indicators = new ArrayList<>(new LinkedHashSet<>(
                (family.change() ? data.trendRows() : data.levelRows()).stream()
                        .filter(r -> isItem(r.indicator()) == family.items())
                        .map(r -> ReportData.baseName(r.indicator())).toList()));
        List<String> measures = family.change()
                ? ofKind.stream().map(r -> ReportData.trendKind(r.indicator())).distinct()
                        .sorted(Comparator.comparing(k -> k.equals("change") ? 0 : 1)).toList()
                : List.of("");
        List<List<String>> codes = new ArrayList<>();
        for (String var : family.variables()) {
            Set<String> found = new TreeSet<>(SurveyPxTables::compareCodes);
            for (EstimateRow r : ofKind) {
                if (variables(r.domain()).equals(family.variables())) {
                    found.add(code(r.domain(), var));
                }
            }
            List<String> withTotal = new ArrayList<>();
            withTotal.add(TOTAL_CODE);
            withTotal.addAll(found);
            codes.add(withTotal);
        }
        List<Integer> waves = ofKind.stream().map(EstimateRow::wave).distinct().sorted().toList();
        List<String> contents = List.of(family.change() ? "Förändring" : "Andel", texts.get("px.ci.low", level),
                texts.get("px.ci.high", level), "Antal svarande");
        String unit = family.change() ? "procentenheter" : "procent";

        List<String> varNames = family.variables().stream().map(DomainLabels::variable).toList();
        List<String> stub = new ArrayList<>();
        stub.add(VAR_INDICATOR);
        if (family.change()) {
            stub.add(VAR_MEASURE);
        }
        stub.addAll(varNames);
        String what = family.change() ? "Förändring i andel elever" : "Andel elever";
        String by = varNames.isEmpty() ? "" : " och " + String.join(" och ", varNames.stream().map(SurveyPxTables::lower).toList());
        String years = waves.isEmpty() ? "" : waves.get(0) + (waves.size() > 1 ? "–" + waves.get(waves.size() - 1) : "");
        String matrix = PxWriter.safeName(family.fileName().replace(".px", "")).toUpperCase(java.util.Locale.ROOT);

        List<String> indicatorLabels = unique(indicators.stream().map(data::label).toList(), indicators);
        PxFile px = PxWriter.head(created, 1, 0, matrix)
                .text("TITLE", "Unga och heder: " + lower(what) + " efter " + (family.items() ? "fråga" : "indikator")
                        + by + ", " + years)
                .text("CONTENTS", "Unga och heder: " + lower(what))
                .text("UNITS", unit)
                .texts("STUB", List.of(), stub)
                .texts("HEADING", List.of(), List.of(VAR_YEAR, VAR_CONTENT))
                .text("CONTVARIABLE", VAR_CONTENT)
                .texts("VALUES", List.of(VAR_INDICATOR), indicatorLabels);
        if (family.change()) {
            px.texts("VALUES", List.of(VAR_MEASURE), measures.stream().map(SurveyPxTables::measureLabel).toList());
        }
        for (int v = 0; v < varNames.size(); v++) {
            String var = family.variables().get(v);
            px.texts("VALUES", List.of(varNames.get(v)),
                    codes.get(v).stream().map(c -> c.equals(TOTAL_CODE) ? DomainLabels.ALL : DomainLabels.label(var + "=" + c))
                            .toList());
        }
        List<String> yearTexts = waves.stream().map(String::valueOf).toList();
        px.texts("VALUES", List.of(VAR_YEAR), yearTexts)
                .texts("VALUES", List.of(VAR_CONTENT), contents)
                .raw("TIMEVAL", List.of(VAR_YEAR), "TLIST(A1)," + String.join(",", yearTexts.stream().map(y -> "\"" + y + "\"").toList()))
                .texts("CODES", List.of(VAR_INDICATOR), indicators);
        if (family.change()) {
            px.texts("CODES", List.of(VAR_MEASURE), measures);
        }
        for (int v = 0; v < varNames.size(); v++) {
            px.texts("CODES", List.of(varNames.get(v)), codes.get(v));
        }
        px.texts("CODES", List.of(VAR_YEAR), yearTexts)
                .texts("CODES", List.of(VAR_CONTENT), List.of("skattning", "ki_nedre", "ki_ovre", "n"))
                .text("VARIABLE-TYPE", List.of(VAR_YEAR), "Time");
        for (int c = 0; c < contents.size(); c++) {
            if (c < 3) { // shares in one decimal; n whole (SHOWDECIMALS=0)
                px.number("PRECISION", List.of(VAR_CONTENT, contents.get(c)), 1);
            }
        }
        for (int c = 0; c < contents.size(); c++) {
            px.text("LAST-UPDATED", List.of(contents.get(c)), created);
        }
        for (int c = 0; c < contents.size(); c++) {
            px.text("UNITS", List.of(contents.get(c)), c < 3 ? unit : "antal");
        }
        px.text("SOURCE", "Unga och heder, " + ReportData.PUBLISHER)
                .text("NOTE", (family.change()
                        ? "Förändring: skillnad i procentenheter mot föregående undersökning; trend: linjär förändring per år. "
                        : texts.get("px.note.levels", level) + " ")
                        + "Antal svarande är oviktat. " + PxWriter.NOTE_SYMBOLS);

        // stub rows: indicator (slowest) × measure × breakdown codes; heading columns: year × content
        List<String> cells = new ArrayList<>();
        List<List<String>> stubAxes = new ArrayList<>();
        stubAxes.add(indicators);
        if (family.change()) {
            stubAxes.add(measures);
        }
        stubAxes.addAll(codes);
        List<List<String>> stubLabels = new ArrayList<>();
        stubLabels.add(indicatorLabels);
        if (family.change()) {
            stubLabels.add(measures.stream().map(SurveyPxTables::measureLabel).toList());
        }
        for (int v = 0; v < varNames.size(); v++) {
            String var = family.variables().get(v);
            stubLabels.add(codes.get(v).stream()
                    .map(c -> c.equals(TOTAL_CODE) ? DomainLabels.ALL : DomainLabels.label(var + "=" + c)).toList());
        }
        int[] index = new int[stubAxes.size()];
        boolean more = stubAxes.stream().noneMatch(List::isEmpty);
        while (more) {
            String indicator = indicators.get(index[0]);
            int v0 = 1;
            if (family.change()) {
                indicator = indicator + ":" + measures.get(index[1]);
                v0 = 2;
            }
            List<String> parts = new ArrayList<>();
            for (int v = 0; v < family.variables().size(); v++) {
                String c = codes.get(v).get(index[v0 + v]);
                if (!c.equals(TOTAL_CODE)) {
                    parts.add(family.variables().get(v) + "=" + c);
                }
            }
            String domain = String.join(";", parts);
            for (int wave : waves) {
                EstimateRow row = rows.get(key(indicator, wave, domain));
                cells.addAll(cells(row));
                if (row != null && SwedishFormat.FLAG_UNCERTAIN.equals(row.flag())) {
                    List<String> sub = new ArrayList<>();
                    for (int a = 0; a < stubAxes.size(); a++) {
                        sub.add(stubLabels.get(a).get(index[a]));
                    }
                    sub.add(String.valueOf(wave));
                    sub.add(contents.get(0));
                    px.text("DATANOTECELL", sub, SwedishFormat.SYMBOL_UNCERTAIN);
                }
            }
            more = advance(index, stubAxes);
        }
        return px.data(cells, waves.size() * contents.size()).toString();
    }

    /** The four cells of one row and wave: estimate, interval limits in percent (one decimal), n (".." where not published). */
    private static List<String> cells(EstimateRow row) {
        String dots = "\"..\"";
        if (row == null) {
            return List.of(dots, dots, dots, dots);
        }
        boolean suppressed = SwedishFormat.FLAG_SUPPRESSED.equals(row.flag());
        return List.of(suppressed ? dots : percent(row.estimate()), suppressed ? dots : percent(row.ciLow()),
                suppressed ? dots : percent(row.ciHigh()), row.hasN() ? Long.toString(row.n()) : dots);
    }

    /** A share as percent with one decimal, rounded half up on the decimal value (0.1234 is 12.3); ".." if absent. */
    static String percent(Double share) {
        if (!SwedishFormat.isPresent(share)) {
            return "\"..\"";
        }
        return new BigDecimal(Double.toString(share)).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static boolean advance(int[] index, List<List<String>> axes) {
        for (int a = axes.size() - 1; a >= 0; a--) {
            if (++index[a] < axes.get(a).size()) {
                return true;
            }
            index[a] = 0;
        }
        return false;
    }

    static String measureLabel(String kind) {
        return switch (kind) {
            case "change" -> "Förändring från föregående undersökning";
            case "trend" -> "Linjär trend per år";
            default -> kind;
        };
    }

    private static boolean isItem(String indicator) {
        return ITEM.matcher(ReportData.baseName(indicator)).matches();
    }

    /** Variables of a domain in their written order: {@code sex=1;grade=9} gives [sex, grade]. */
    static List<String> variables(String domain) {
        if (domain == null || domain.isBlank()) {
            return List.of();
        }
        return Arrays.stream(domain.split(";")).map(p -> p.trim().split("=", 2)[0].trim()).toList();
    }

    private static String code(String domain, String variable) {
        for (String p : domain.split(";")) {
            String[] kv = p.trim().split("=", 2);
            if (kv[0].trim().equals(variable)) {
                return kv.length > 1 ? kv[1].trim() : "";
            }
        }
        return "";
    }

    /** Key of a row, the domain's parts sorted so that {@code grade=9;sex=1} equals {@code sex=1;grade=9}. */
    private static String key(String indicator, int wave, String domain) {
        String d = domain == null ? "" : Arrays.stream(domain.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .sorted().reduce((a, b) -> a + ";" + b).orElse("");
        return indicator + "|" + wave + "|" + d;
    }

    private static int compareCodes(String a, String b) {
        boolean na = a.matches("\\d+");
        boolean nb = b.matches("\\d+");
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b)) != 0 ? Long.compare(Long.parseLong(a), Long.parseLong(b))
                    : a.compareTo(b);
        }
        return na ? -1 : nb ? 1 : a.compareTo(b);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Labels made unique (PX values of a variable must differ): a repeated label gets its code. */
    private static List<String> unique(List<String> labels, List<String> codes) {
        Map<String, Long> counts = new HashMap<>();
        labels.forEach(l -> counts.merge(l, 1L, Long::sum));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            out.add(counts.get(labels.get(i)) > 1 ? labels.get(i) + " (" + codes.get(i) + ")" : labels.get(i));
        }
        return out;
    }
}
