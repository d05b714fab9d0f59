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
 * (rounded half up, as the report shows them). Every word from {@link Texts} ({@code px.*}, {@code domain.*}).
 */
final class SurveyPxTables {

    static final String TOTAL_CODE = "T";
    private static final Pattern ITEM = Pattern.compile("q\\d+");
    private static final Map<String, String> FILE_PART = Map.of("sex", "kon", "grade", "arskurs", "born", "fodelseland",
            "disability", "funktionsnedsattning", "lgbtq", "hbtqi", "lanskod", "lan");

    private final AnnualReport report;
    private final ReportData data;
    private final String created;
    private final Texts texts;
    private final DomainLabels domains;
    /** The run's confidence level in percent, as the labels print it. */
    private final String level;
    /** indicator|wave|normalised domain to row. */
    private final Map<String, EstimateRow> rows = new HashMap<>();

    SurveyPxTables(AnnualReport report, String created, Texts texts) {
        this.report = report;
        this.texts = texts;
        this.domains = new DomainLabels(texts);
        this.level = SwedishFormat.levelPercent(report.level());
        this.data = new ReportData(report);
        this.created = created;
        for (EstimateRow r : report.estimates()) {
            rows.putIfAbsent(key(r.indicator(), r.wave(), r.domain()), r);
        }
    }

    /** A family of tables: which indicators, level or change, which breakdown variables. */
    record Family(boolean items, boolean change, List<String> variables) {
        /** The file's name with the publication's reference year, e.g. {@code unga-indikatorer-kon-2024.px}. */
        String fileName(int year) {
            return baseName() + "-" + year + ".px";
        }

        /** The name without year, also the file's {@code MATRIX}. */
        String baseName() {
            String part = variables.isEmpty() ? "totalt"
                    : String.join("-", variables.stream().map(v -> FILE_PART.getOrDefault(v, PxWriter.safeName(v))).toList());
            return "unga-" + (items ? "fragor" : "indikatorer") + (change ? "-forandring" : "") + "-" + part;
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
        families.forEach((family, ofKind) -> files.put(family.fileName(report.year()), table(family, ofKind)));
        return files;
    }

    /**
     * What the file of one family holds, axis by axis: indicators (codes and unique labels),
     * measures of a change ({@code change}, {@code trend}; one empty measure for levels), the
     * breakdown variables' names, codes (the total first) and labels, the waves, and the contents
     * (estimate, interval limits, n) with the unit of the estimate.
     */
    private record Layout(Family family, List<String> indicators, List<String> indicatorLabels, List<String> measures,
                          List<String> varNames, List<List<String>> codes, List<List<String>> codeLabels,
                          List<Integer> waves, List<String> contents, String unit) {
        List<String> yearTexts() {
            return waves.stream().map(String::valueOf).toList();
        }

        List<String> measureLabels(Texts texts) {
            return measures.stream().map(m -> measureLabel(m, texts)).toList();
        }
    }

    private String table(Family family, List<EstimateRow> ofKind) {
        Layout l = layout(family, ofKind);
        PxFile px = head(l);
        values(px, l);
        codes(px, l);
        contentFacts(px, l);
        notes(px, l);
        List<String> cells = cells(px, l);
        return px.data(cells, l.waves().size() * l.contents().size()).toString();
    }

    private Layout layout(Family family, List<EstimateRow> ofKind) {
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
        List<List<String>> codeLabels = new ArrayList<>();
        for (String var : family.variables()) {
            List<String> withTotal = codesWithTotal(var, family, ofKind);
            codes.add(withTotal);
            codeLabels.add(withTotal.stream()
                    .map(c -> c.equals(TOTAL_CODE) ? domains.all() : domains.label(var + "=" + c)).toList());
        }
        List<Integer> waves = ofKind.stream().map(EstimateRow::wave).distinct().sorted().toList();
        List<String> contents = List.of(texts.get(family.change() ? "px.content.change" : "px.content.share"),
                texts.get("px.ci.low", level), texts.get("px.ci.high", level), texts.get("px.content.n"));
        String unit = texts.get(family.change() ? "px.unit.change" : "px.unit.share");
        List<String> varNames = family.variables().stream().map(domains::variable).toList();
        List<String> indicatorLabels = unique(indicators.stream().map(data::label).toList(), indicators);
        return new Layout(family, indicators, indicatorLabels, measures, varNames, codes, codeLabels, waves, contents,
                unit);
    }

    /** The codes of {@code var} in the family's rows, in code order, after the total {@value #TOTAL_CODE}. */
    private static List<String> codesWithTotal(String var, Family family, List<EstimateRow> ofKind) {
        Set<String> found = new TreeSet<>(SurveyPxTables::compareCodes);
        for (EstimateRow r : ofKind) {
            if (variables(r.domain()).equals(family.variables())) {
                found.add(code(r.domain(), var));
            }
        }
        List<String> withTotal = new ArrayList<>();
        withTotal.add(TOTAL_CODE);
        withTotal.addAll(found);
        return withTotal;
    }

    /** The file's head, title, unit, its variables and the values of the indicator variable. */
    private PxFile head(Layout l) {
        Family family = l.family();
        List<String> stub = new ArrayList<>();
        stub.add(texts.get("px.variable.indicator"));
        if (family.change()) {
            stub.add(texts.get("px.variable.measure"));
        }
        stub.addAll(l.varNames());
        String what = lower(texts.get(family.change() ? "px.what.change" : "px.what.share"));
        String by = texts.get(family.items() ? "px.by.item" : "px.by.indicator");
        for (String name : l.varNames()) {
            by = texts.get("px.by.variable", by, lower(name));
        }
        List<Integer> waves = l.waves();
        String years = waves.isEmpty() ? "" : waves.get(0) + (waves.size() > 1 ? "–" + waves.get(waves.size() - 1) : "");
        String matrix = PxWriter.safeName(family.baseName()).toUpperCase(java.util.Locale.ROOT);
        String content = texts.get("px.variable.content");
        return PxWriter.head(created, 1, 0, matrix, texts)
                .text("TITLE", texts.get("px.title", what, by, years))
                .text("CONTENTS", texts.get("px.contents", what))
                .text("UNITS", l.unit())
                .texts("STUB", List.of(), stub)
                .texts("HEADING", List.of(), List.of(texts.get("px.variable.year"), content))
                .text("CONTVARIABLE", content)
                .texts("VALUES", List.of(texts.get("px.variable.indicator")), l.indicatorLabels());
    }

    /** The values of the measure, breakdown, year and content variables, and the time scale. */
    private void values(PxFile px, Layout l) {
        if (l.family().change()) {
            px.texts("VALUES", List.of(texts.get("px.variable.measure")), l.measureLabels(texts));
        }
        for (int v = 0; v < l.varNames().size(); v++) {
            px.texts("VALUES", List.of(l.varNames().get(v)), l.codeLabels().get(v));
        }
        List<String> yearTexts = l.yearTexts();
        px.texts("VALUES", List.of(texts.get("px.variable.year")), yearTexts)
                .texts("VALUES", List.of(texts.get("px.variable.content")), l.contents())
                .raw("TIMEVAL", List.of(texts.get("px.variable.year")),
                        "TLIST(A1)," + String.join(",", yearTexts.stream().map(y -> "\"" + y + "\"").toList()));
    }

    /** The codes of every variable, and the year as the time variable. */
    private void codes(PxFile px, Layout l) {
        px.texts("CODES", List.of(texts.get("px.variable.indicator")), l.indicators());
        if (l.family().change()) {
            px.texts("CODES", List.of(texts.get("px.variable.measure")), l.measures());
        }
        for (int v = 0; v < l.varNames().size(); v++) {
            px.texts("CODES", List.of(l.varNames().get(v)), l.codes().get(v));
        }
        String year = texts.get("px.variable.year");
        px.texts("CODES", List.of(year), l.yearTexts())
                .texts("CODES", List.of(texts.get("px.variable.content")), List.of("skattning", "ki_nedre", "ki_ovre", "n"))
                .text("VARIABLE-TYPE", List.of(year), "Time");
    }

    /** Per content (PX: with CONTVARIABLE these keywords name the content): decimals (shares in one decimal; n whole, SHOWDECIMALS=0), last update, contact, unit. */
    private void contentFacts(PxFile px, Layout l) {
        List<String> contents = l.contents();
        for (int c = 0; c < 3; c++) {
            px.number("PRECISION", List.of(texts.get("px.variable.content"), contents.get(c)), 1);
        }
        for (String content : contents) {
            px.text("LAST-UPDATED", List.of(content), created);
        }
        for (String content : contents) {
            px.text("CONTACT", List.of(content), PublicationContact.of(texts));
        }
        for (int c = 0; c < contents.size(); c++) {
            px.text("UNITS", List.of(contents.get(c)), c < 3 ? l.unit() : texts.get("px.unit.n"));
        }
    }

    private void notes(PxFile px, Layout l) {
        px.text("SOURCE", texts.get("px.source", texts.get("publisher")))
                .text("NOTE", (l.family().change() ? texts.get("px.note.changes") : texts.get("px.note.levels", level))
                        + " " + texts.get("px.note.n") + " " + texts.get("px.note.symbols"));
    }

    /**
     * The data cells: stub rows indicator (slowest) × measure × breakdown codes, heading columns
     * year × content; an uncertain estimate gets its {@code DATANOTECELL}.
     */
    private List<String> cells(PxFile px, Layout l) {
        Family family = l.family();
        List<String> cells = new ArrayList<>();
        List<List<String>> stubAxes = new ArrayList<>();
        stubAxes.add(l.indicators());
        List<List<String>> stubLabels = new ArrayList<>();
        stubLabels.add(l.indicatorLabels());
        if (family.change()) {
            stubAxes.add(l.measures());
            stubLabels.add(l.measureLabels(texts));
        }
        stubAxes.addAll(l.codes());
        stubLabels.addAll(l.codeLabels());
        int[] index = new int[stubAxes.size()];
        boolean more = stubAxes.stream().noneMatch(List::isEmpty);
        while (more) {
            String indicator = stubIndicator(l, index);
            String domain = stubDomain(l, index);
            for (int wave : l.waves()) {
                EstimateRow row = rows.get(key(indicator, wave, domain));
                cells.addAll(cells(row));
                if (row != null && SwedishFormat.FLAG_UNCERTAIN.equals(row.flag())) {
                    List<String> sub = new ArrayList<>();
                    for (int a = 0; a < stubAxes.size(); a++) {
                        sub.add(stubLabels.get(a).get(index[a]));
                    }
                    sub.add(String.valueOf(wave));
                    sub.add(l.contents().get(0));
                    px.text("DATANOTECELL", sub, SwedishFormat.SYMBOL_UNCERTAIN);
                }
            }
            more = advance(index, stubAxes);
        }
        return cells;
    }

    /** The indicator of a stub row, with its measure for changes ({@code name:change}). */
    private static String stubIndicator(Layout l, int[] index) {
        String indicator = l.indicators().get(index[0]);
        return l.family().change() ? indicator + ":" + l.measures().get(index[1]) : indicator;
    }

    /** The domain of a stub row: its breakdown codes other than the total, e.g. {@code sex=1;grade=9}. */
    private static String stubDomain(Layout l, int[] index) {
        int v0 = l.family().change() ? 2 : 1;
        List<String> parts = new ArrayList<>();
        for (int v = 0; v < l.family().variables().size(); v++) {
            String c = l.codes().get(v).get(index[v0 + v]);
            if (!c.equals(TOTAL_CODE)) {
                parts.add(l.family().variables().get(v) + "=" + c);
            }
        }
        return String.join(";", parts);
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

    static String measureLabel(String kind, Texts texts) {
        return switch (kind) {
            case "change" -> texts.get("px.measure.change");
            case "trend" -> texts.get("px.measure.trend");
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
