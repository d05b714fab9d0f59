package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import se.hrvstat.result.SmallAreaFit;
import se.hrvstat.result.SmallAreaRow;
import se.hrvstat.result.SmallAreaRule;

/**
 * The annual report's chapter on the model-based municipal estimates (docs/small-area.md),
 * template {@value #TEMPLATE}: the method in words, figure 3 (every municipality's estimate with
 * its interval, one panel per indicator, the municipalities ordered by county and then by
 * estimate, {@link SmallAreaChartCustomizer}; its alternative text states the lowest, highest and
 * median estimate and the median of every county), and the model's fit (σ̂²_v, shrinkage factors,
 * the benchmark shift, β̂ with standard errors, the standardised residuals:
 * {@link SmallAreaDiagnostics}) as tables of {@code key-value-list.jrxml}. Every word is a text
 * {@code sae.report.*} of {@link Texts}; the tables are numbered {@link TableNumbers#smallArea(int)}.
 * An empty chapter (a year without small-area estimates) prints nothing.
 */
public final class SmallAreaChapter {

    public static final String TEMPLATE = "small-area-chapter.jrxml";

    private final int year;
    private final List<SmallAreaFit> fits;
    private final List<SmallAreaRow> rows;
    private final Map<String, String> labels;
    private final Map<String, String> municipalities;
    private final Function<String, String> countyOf;
    private final SmallAreaRule rule;

    /**
     * @param fits           the fitted models, in the order the chapter shows them
     * @param rows           the rows of {@code sae-<year>.csv}
     * @param labels         indicator name to its Swedish label
     * @param municipalities kommunkod to name
     * @param countyOf       kommunkod to its county code (länskod)
     */
    public SmallAreaChapter(int year, List<SmallAreaFit> fits, List<SmallAreaRow> rows, Map<String, String> labels,
            Map<String, String> municipalities, Function<String, String> countyOf) {
        this(year, fits, rows, labels, municipalities, countyOf, SmallAreaRule.showAll(1.959963984540054));
    }

    /** The same with the publication rule ({@code small-area.publish.*}) that says which figures are printed. */
    public SmallAreaChapter(int year, List<SmallAreaFit> fits, List<SmallAreaRow> rows, Map<String, String> labels,
            Map<String, String> municipalities, Function<String, String> countyOf, SmallAreaRule rule) {
        this.rule = rule;
        this.year = year;
        this.fits = List.copyOf(fits);
        this.rows = List.copyOf(rows);
        this.labels = Map.copyOf(labels);
        this.municipalities = Map.copyOf(municipalities);
        this.countyOf = countyOf;
    }

    /** A chapter that prints nothing. */
    public static SmallAreaChapter none() {
        return new SmallAreaChapter(0, List.of(), List.of(), Map.of(), Map.of(), k -> "");
    }

    public boolean isEmpty() {
        return fits.isEmpty();
    }

    /** The fitted models. */
    public List<SmallAreaFit> fits() {
        return fits;
    }

    /** The rows of {@code sae-<year>.csv}. */
    public List<SmallAreaRow> rows() {
        return rows;
    }

    /** The publication rule. */
    public SmallAreaRule rule() {
        return rule;
    }

    /** How a row's figure is published under the rule. */
    SmallAreaRule.Publication publication(SmallAreaRow row) {
        return rule.classOf(row);
    }

    String label(String indicator) {
        return labels.getOrDefault(indicator, indicator);
    }

    String municipality(String kommunkod) {
        return municipalities.getOrDefault(kommunkod, kommunkod);
    }

    /**
     * The parameters of {@value #TEMPLATE} for one fill (fresh data sources: a data source is read once):
     * the headings and notes, the list template and the records of the method and fit sections.
     */
    public Map<String, Object> parameters(Texts texts, String level, Map<String, String> countyNames,
            net.sf.jasperreports.engine.JasperReport listReport) {
        Map<String, Object> p = new HashMap<>();
        p.put("HEADING", texts.get("sae.report.heading"));
        p.put("FIGURE_TITLE", texts.get("sae.report.figure.title", year, level));
        p.put("FIGURE_NOTE", texts.get("sae.report.figure.note", year, texts.get("publisher"), countyKey(texts, countyNames),
                TableNumbers.smallArea(1)));
        p.put("LIST_REPORT", listReport);
        p.put("METHOD_DATA", new JRMapCollectionDataSource(methodRecords(texts, level)));
        p.put("FIT_DATA", new JRMapCollectionDataSource(fitRecords(texts)));
        p.put(JRParameter.REPORT_LOCALE, SwedishFormat.LOCALE);
        return p;
    }

    /** The records of figure 3's panels as a data source for one fill. */
    public JRDataSource panels(Texts texts, String level) {
        return new JRMapCollectionDataSource(chartRecords(texts, level));
    }

    // ---- the method in words ------------------------------------------------------------------

    /** The running text of the chapter's method section (records of {@code key-value-list.jrxml}). */
    List<Map<String, ?>> methodRecords(Texts texts, String level) {
        List<Map<String, ?>> records = new ArrayList<>();
        String section = texts.get("sae.report.method.section");
        for (int i = 1; texts.find("sae.report.method." + i).isPresent(); i++) {
            records.add(Map.of("section", section, "subsection", "", "key", "",
                    "value", texts.get("sae.report.method." + i, level)));
        }
        if (Double.isFinite(rule.bandMax())) {
            Map<SmallAreaRule.Publication, Integer> counts = new java.util.EnumMap<>(SmallAreaRule.Publication.class);
            rows.forEach(r -> counts.merge(rule.classOf(r), 1, Integer::sum));
            records.add(Map.of("section", section, "subsection", "", "key", "", "value", texts.get("sae18b.report.rule",
                    Math.round(100 * rule.shownMax()), Math.round(100 * rule.bandMax()),
                    SwedishFormat.integer(rows.size()), SwedishFormat.integer(counts.getOrDefault(SmallAreaRule.Publication.SHOWN, 0)),
                    SwedishFormat.integer(counts.getOrDefault(SmallAreaRule.Publication.BAND, 0)),
                    SwedishFormat.integer(counts.getOrDefault(SmallAreaRule.Publication.WITHHELD, 0)), year)));
        }
        return records;
    }

    // ---- figure 3 -------------------------------------------------------------------------------

    /** One record per indicator: its panel's title, points, intervals, county marks and alternative text. */
    List<Map<String, ?>> chartRecords(Texts texts, String level) {
        List<Map<String, ?>> records = new ArrayList<>();
        for (SmallAreaFit fit : fits) {
            List<SmallAreaRow> ordered = ordered(fit.indicator());
            if (ordered.isEmpty()) {
                continue;
            }
            List<Map<String, ?>> points = new ArrayList<>();
            Map<String, double[]> intervals = new HashMap<>();
            Map<String, String> countyStarts = new LinkedHashMap<>();
            for (SmallAreaRow r : ordered) {
                String series = texts.get("sae.report.figure.series." + r.method());
                points.add(Map.of("series", series, "kommunkod", r.kommunkod(), "value", 100 * r.estimate()));
                intervals.put(series + "|" + r.kommunkod(), new double[] {100 * r.ciLow(), 100 * r.ciHigh()});
                countyStarts.putIfAbsent(countyLetter(texts, r.kommunkod()), r.kommunkod());
            }
            Map<String, String> marks = new LinkedHashMap<>();
            countyStarts.forEach((letter, kommunkod) -> marks.put(kommunkod, letter));
            Map<String, Object> record = new HashMap<>();
            record.put("panel", label(fit.indicator()));
            record.put("points", points);
            record.put("intervals", intervals);
            record.put("countyStarts", marks);
            record.put("axis", texts.get("sae.report.figure.axis"));
            record.put("valueAxis", texts.get("sae.report.figure.value"));
            record.put("directSeries", texts.get("sae.report.figure.series.direct"));
            record.put("alt", altText(texts, fit.indicator(), ordered, level));
            records.add(record);
        }
        return records;
    }

    /** The rows of an indicator by county, then estimate, then code. */
    List<SmallAreaRow> ordered(String indicator) {
        return rows.stream().filter(r -> r.indicator().equals(indicator))
                .sorted(Comparator.comparing((SmallAreaRow r) -> county(r.kommunkod()))
                        .thenComparingDouble(SmallAreaRow::estimate).thenComparing(SmallAreaRow::kommunkod))
                .toList();
    }

    private String county(String kommunkod) {
        String c = countyOf.apply(kommunkod);
        return c == null ? kommunkod.substring(0, Math.min(2, kommunkod.length())) : c;
    }

    private String countyLetter(Texts texts, String kommunkod) {
        String code = county(kommunkod);
        return texts.find("sae.report.county." + code).orElse(code);
    }

    /**
     * "Punktdiagram: modellbaserad skattning av ... för 290 kommuner ... Lägst Ale (2,1 %), högst
     * ... Median per län: AB 5,1 %, C 4,3 %, ..." from the same rows the panel draws.
     */
    String altText(Texts texts, String indicator, List<SmallAreaRow> ordered, String level) {
        List<SmallAreaRow> byEstimate = ordered.stream().sorted(Comparator.comparingDouble(SmallAreaRow::estimate))
                .toList();
        // a municipality is named with its figure only where the publication rule shows the figure
        List<SmallAreaRow> shown = byEstimate.stream()
                .filter(r -> rule.classOf(r) == SmallAreaRule.Publication.SHOWN).toList();
        String extremes = shown.isEmpty() ? texts.get("sae18b.report.alt.none")
                : texts.get("sae18b.report.alt.extremes", municipality(shown.get(0).kommunkod()),
                        SwedishFormat.percent(shown.get(0).estimate()),
                        municipality(shown.get(shown.size() - 1).kommunkod()),
                        SwedishFormat.percent(shown.get(shown.size() - 1).estimate()));
        long direct = ordered.stream().filter(r -> "direct".equals(r.method())).count();
        double[] widths = ordered.stream().mapToDouble(r -> r.ciHigh() - r.ciLow()).sorted().toArray();
        Map<String, List<SmallAreaRow>> byCounty = new LinkedHashMap<>();
        ordered.forEach(r -> byCounty.computeIfAbsent(countyLetter(texts, r.kommunkod()), k -> new ArrayList<>()).add(r));
        List<String> counties = new ArrayList<>();
        byCounty.forEach((letter, members) -> counties.add(letter + " " + countyMedian(members)));
        return texts.get("sae.report.alt", label(indicator).toLowerCase(SwedishFormat.LOCALE), ordered.size(), year,
                level, extremes,
                SwedishFormat.percent(median(byEstimate.stream().map(SmallAreaRow::estimate).toList())), direct,
                SwedishFormat.percent(median(widths)), String.join(", ", counties), TableNumbers.smallArea(1));
    }

    /**
     * "5,1 %": the median of a county's estimates; {@code ..} for a county of one municipality
     * (Gotland) whose figure the publication rule does not show, as the median would be that figure.
     */
    private String countyMedian(List<SmallAreaRow> members) {
        if (members.size() == 1 && rule.classOf(members.get(0)) != SmallAreaRule.Publication.SHOWN) {
            return SwedishFormat.SYMBOL_SUPPRESSED;
        }
        return SwedishFormat.percent(median(members.stream().map(SmallAreaRow::estimate).toList())) + " %";
    }

    /** "AB Stockholms län, C Uppsala län, ...": the county letters of figure 3 in words. */
    String countyKey(Texts texts, Map<String, String> countyNames) {
        List<String> parts = new ArrayList<>();
        countyNames.keySet().stream().sorted().forEach(code -> parts.add(
                texts.find("sae.report.county." + code).orElse(code) + " " + countyNames.get(code)));
        return String.join(", ", parts);
    }

    // ---- the model's fit -----------------------------------------------------------------------

    /** Tables 4.2 (fit and shrinkage), 4.3 (β̂) and 4.4 (residuals) as records of {@code key-value-list.jrxml}. */
    List<Map<String, ?>> fitRecords(Texts texts) {
        List<Map<String, ?>> records = new ArrayList<>();
        String section = texts.get("sae.report.fit.section");
        records.add(Map.of("section", section, "subsection", "", "key", "", "value", texts.get("sae.report.fit.intro")));
        List<SmallAreaDiagnostics> diagnostics = fits.stream().map(f -> SmallAreaDiagnostics.of(f, rows)).toList();
        String block = "sae-fit";
        records.add(cell(section, "caption", block, texts.get("sae.report.fit.caption", TableNumbers.smallArea(2), year)));
        records.add(row(section, "th", block, texts.get("sae.report.col.indicator"), texts.get("sae.report.fit.col.areas"),
                texts.get("sae.report.fit.col.variance"), texts.get("sae.report.fit.col.shrink"),
                texts.get("sae.report.fit.col.range")));
        for (int i = 0; i < fits.size(); i++) {
            SmallAreaFit f = fits.get(i);
            SmallAreaDiagnostics d = diagnostics.get(i);
            records.add(row(section, "td", block, label(f.indicator()), SwedishFormat.integer(f.areasInModel()),
                    SwedishFormat.decimal(f.areaVariance(), 5), SwedishFormat.decimal(d.shrinkMedian(), 2),
                    SwedishFormat.decimal(d.shrinkMin(), 2) + "\u2013" + SwedishFormat.decimal(d.shrinkMax(), 2)));
        }
        records.add(cell(section, "note", block, texts.get("sae.report.fit.note")));
        coefficientTable(texts, section, records);
        block = "sae-residuals";
        records.add(cell(section, "caption", block, texts.get("sae.report.resid.caption", TableNumbers.smallArea(4), year)));
        records.add(row(section, "th", block, texts.get("sae.report.col.indicator"), texts.get("sae.report.resid.col.mean"),
                texts.get("sae.report.resid.col.sd"), texts.get("sae.report.resid.col.beyond"),
                texts.get("sae.report.resid.col.shift")));
        for (int i = 0; i < fits.size(); i++) {
            SmallAreaDiagnostics d = diagnostics.get(i);
            records.add(row(section, "td", block, label(d.indicator()), SwedishFormat.decimal(d.residualMean(), 2),
                    SwedishFormat.decimal(d.residualSd(), 2), SwedishFormat.percent(d.residualBeyond()),
                    SwedishFormat.decimal(fits.get(i).benchmarkShift(), 4)));
        }
        records.add(cell(section, "note", block, texts.get("sae.report.resid.note")));
        return records;
    }

    private void coefficientTable(Texts texts, String section, List<Map<String, ?>> records) {
        String block = "sae-coefficients";
        records.add(cell(section, "caption", block, texts.get("sae.report.coef.caption", TableNumbers.smallArea(3), year)));
        List<String> head = new ArrayList<>(List.of(texts.get("sae.report.col.indicator")));
        fits.get(0).coefficients().stream().limit(4)
                .forEach(c -> head.add(texts.find("sae.report.coef." + c.name()).orElse(c.name())));
        records.add(row(section, "th", block, head.toArray(String[]::new)));
        for (SmallAreaFit f : fits) {
            List<String> cells = new ArrayList<>(List.of(label(f.indicator())));
            f.coefficients().stream().limit(4).forEach(c -> cells.add(SwedishFormat.decimal(c.beta(), 3) + " ("
                    + SwedishFormat.decimal(c.stdError(), 3) + ")"));
            records.add(row(section, "td", block, cells.toArray(String[]::new)));
        }
        records.add(cell(section, "note", block, texts.get("sae.report.coef.note")));
    }

    private static Map<String, ?> cell(String section, String kind, String block, String value) {
        Map<String, Object> m = new HashMap<>();
        m.put("section", section);
        m.put("subsection", "");
        m.put("kind", kind);
        m.put("block", block);
        m.put("value", value);
        return m;
    }

    private static Map<String, ?> row(String section, String kind, String block, String... cells) {
        Map<String, Object> m = new HashMap<>();
        m.put("section", section);
        m.put("subsection", "");
        m.put("kind", kind);
        m.put("block", block);
        for (int i = 0; i < cells.length && i < 5; i++) {
            m.put("c" + (i + 1), cells[i]);
        }
        return m;
    }

    private static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
