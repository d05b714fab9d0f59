package se.hrvstat.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.IndicatorInfo;
import se.hrvstat.result.ResponseRates;

/**
 * Writes the annual report {@code rapport-<year>.pdf} in Swedish with JasperReports 7: title
 * page with the summary ({@link KeyFindingsText}), a table of the main indicators of the latest wave (overall and by sex
 * when the data has {@code sex=} domains) with intervals at the run's confidence level and n, a bar chart, and the method
 * section from {@link AnnualReport#metadata()}. Fonts are DejaVu Sans (embedded); the PDF is a
 * tagged PDF/A-1a with language sv-SE, title and author ({@link PdfExport}).
 *
 * <p>Templates: {@value #MAIN_TEMPLATE} and {@value #LIST_TEMPLATE}, read from the folder given to
 * the constructor (default {@code report-templates} in the working directory) and, if not there,
 * from the classpath folder {@code /report-templates/}. Each template is compiled once per JVM
 * (keyed by its location and modification time) and then reused; the writer is thread safe.
 */
public final class PdfReportWriter {

    public static final String MAIN_TEMPLATE = "annual-report.jrxml";
    public static final String LIST_TEMPLATE = "key-value-list.jrxml";
    public static final String TABLES_TEMPLATE = "stat-tables.jrxml";
    public static final String ROWS_TEMPLATE = "stat-table-rows.jrxml";
    public static final String TOC_TEMPLATE = "table-of-contents.jrxml";
    /** Default template folder, relative to the working directory. */
    public static final Path DEFAULT_TEMPLATES = Path.of("report-templates");

    private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();
    private static final DateTimeFormatter PUBLISHED =
            DateTimeFormatter.ofPattern("d MMMM yyyy", SwedishFormat.LOCALE).withZone(ZoneId.of("Europe/Stockholm"));

    /** Most indicators listed among the key figures of the title page. */
    /** Most indicators drawn in the bar chart (more makes the bars unreadable at A4). */
    static final int CHART_MAX = 8;

    private final Path templatesDir;
    private final Texts texts;
    private final DomainLabels domains;
    private final List<ResponseRates.Rate> responseRates;
    private final SmallAreaChapter smallAreas;

    /** Reads templates from {@code report-templates/} (working directory), else the classpath. */
    public PdfReportWriter() {
        this(DEFAULT_TEMPLATES);
    }

    /** Reads templates from {@code templatesDir}, else from the classpath {@code /report-templates/}. */
    public PdfReportWriter(Path templatesDir) {
        this(templatesDir, List.of(), SmallAreaChapter.none());
    }

    private PdfReportWriter(Path templatesDir, List<ResponseRates.Rate> responseRates, SmallAreaChapter smallAreas) {
        this.templatesDir = templatesDir;
        this.texts = Texts.load(templatesDir);
        this.domains = new DomainLabels(texts);
        this.responseRates = List.copyOf(responseRates);
        this.smallAreas = smallAreas;
    }

    /** A writer that prints {@code rates} in the method chapter (under "Bortfall", {@link ResponseRateRows}). */
    public PdfReportWriter withResponseRates(List<ResponseRates.Rate> rates) {
        return new PdfReportWriter(templatesDir, rates, smallAreas);
    }

    /** A writer that prints the chapter on the model-based municipal estimates ({@link SmallAreaChapter}). */
    public PdfReportWriter withSmallAreas(SmallAreaChapter chapter) {
        return new PdfReportWriter(templatesDir, responseRates, chapter);
    }

    /**
     * The definitions' section of the method chapter: its introduction, then each main indicator's
     * definition in words with the texts of its questions ({@link DefinitionText}).
     */
    private List<Map<String, ?>> definitionRecords(ReportData data) {
        String section = texts.get("pdf.definitions.section");
        List<Map<String, ?>> records = new ArrayList<>();
        records.add(Map.of("section", section, "subsection", "", "key", "", "value", texts.get("definition.intro")));
        DefinitionText words = new DefinitionText(texts, data);
        for (IndicatorInfo info : data.mainIndicators()) {
            records.add(Map.of("section", section, "subsection", "", "key", info.label() == null ? info.name() : info.label(),
                    "value", words.of(info)));
        }
        return records;
    }

    /** Fills the report for {@code report} and writes it to {@code file} atomically. */
    public void write(AnnualReport report, Path file) throws IOException {
        JasperPrint print = fill(report);
        AtomicFiles.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                export(print, report, out);
            }
        });
    }

    /** Most fills made to settle the page numbers of the table of contents (normally two). */
    static final int MAX_FILLS = 4;

    /**
     * Fills the report until the table of contents shows the pages its headings landed on: the
     * first fill has an empty contents page, each further fill lists the headings found in the
     * one before (see {@link TableOfContents}).
     */
    JasperPrint fill(AnnualReport report) throws IOException {
        Prepared fixed = prepare(report);
        List<TableOfContents.Entry> printed = List.of();
        JasperPrint print = fillOnce(report, fixed, printed);
        for (int fills = 1; fills < MAX_FILLS; fills++) {
            List<TableOfContents.Entry> found = TableOfContents.entries(print);
            if (found.equals(printed)) {
                return print;
            }
            printed = found;
            print = fillOnce(report, fixed, printed);
        }
        return print;
    }

    /**
     * What every fill takes: the parameters without data sources, and the records that each fill
     * reads through a fresh data source (a data source is read once).
     */
    private record Prepared(Map<String, Object> params, List<Map<String, ?>> rows, List<Map<String, ?>> trend,
                            List<Map<String, ?>> method, List<Map<String, ?>> definitions) {
    }

    private Prepared prepare(AnnualReport report) throws IOException {
        ReportData data = new ReportData(report);
        Optional<Integer> wave = data.latestWave();
        int latest = wave.orElse(report.year());
        Integer previous = wave.flatMap(data::previousWave).orElse(null);
        List<Map<String, ?>> rows = tableRows(data, latest, previous);
        boolean hasSex = rows.stream().anyMatch(r -> "sex".equals(r.get("breakdown")));

        Map<String, Object> params = new HashMap<>();
        params.put(JRParameter.REPORT_LOCALE, SwedishFormat.LOCALE);
        params.put("YEAR", report.year());
        params.put("WAVE", latest);
        params.put("PREVIOUS_WAVE", previous);
        params.put("PUBLISHER", texts.get("publisher"));
        params.put("PUBLISHED", report.createdAt() == null ? "" : PUBLISHED.format(report.createdAt()));
        KeyFindingsText.Summary summary = new KeyFindingsText(texts, data).summary();
        params.put("HEADLINE", summary.headline());
        params.put("STANDFIRST", summary.standfirst());
        params.put("FINDINGS", summary.findings().stream().map(f -> "•\u00A0" + f).collect(java.util.stream.Collectors.joining("\n")));
        params.put("FINDINGS_NOTE", summary.note());
        params.put("LEGEND", texts.get("legend.suppressed") + "\n" + texts.get("legend.uncertain")
                + (report.tables().isEmpty() ? "" : "\n" + texts.get("legend.missing")));
        params.put("TABLE_LEGEND", tableLegend(rows));
        params.put("LEGEND_SUPPRESSED", texts.get("legend.suppressed"));
        params.put("LEGEND_UNCERTAIN", texts.get("legend.uncertain"));
        params.put("RESULTS_INTRO", resultsIntro(rows, latest, level(report)));
        params.put("TABLE1_STUB", texts.get("pdf.table1.stub"));
        params.put("TABLE1_SOURCE", texts.get("pdf.table1.source", latest, texts.get("publisher")));
        params.put("HAS_SEX", hasSex);
        params.put("BREAKDOWNS", breakdownsInWords(rows));
        long indicatorsInTable = rows.stream().map(r -> r.get("indicator")).distinct().count();
        params.put("CHART_NOTE", indicatorsInTable > CHART_MAX ? texts.get("pdf.chart.note", CHART_MAX, tablesInWords(rows)) : "");
        params.put("LIST_REPORT", template(LIST_TEMPLATE));
        params.put(BarChartCustomizer.INTERVALS_PARAMETER, chartIntervals(data, latest));
        List<Map<String, ?>> trend = trendRecords(data);
        List<Integer> trendWaves = trend.stream().map(r -> Integer.valueOf((String) r.get("wave"))).distinct().sorted().toList();
        params.put("TREND_WAVES", trendWaves.size());
        params.put("TREND_FIRST", trendWaves.isEmpty() ? latest : trendWaves.get(0));
        String level = SwedishFormat.levelPercent(report.level());
        params.put("LEVEL", level);
        params.put("CHART_ALT", ChartAltText.bars(rows, latest, hasSex, texts.get("chart.bars.intervals", level), texts));
        for (boolean high : new boolean[] {false, true}) {
            List<Map<String, ?>> panel = rows.stream().filter(r -> Boolean.TRUE.equals(r.get("inChart"))
                    && high == Boolean.TRUE.equals(r.get("chartHigh"))).toList();
            String key = high ? "HIGH" : "LOW";
            params.put("CHART_" + key + "_COUNT", (int) panel.stream().map(r -> r.get("indicator")).distinct().count());
            params.put("CHART_ALT_" + key, ChartAltText.bars(panel, latest, hasSex, texts.get("chart.bars.intervals", level), texts));
        }
        params.put("CHART_PANEL_LOW", texts.get("pdf.chart.panel.low", SwedishFormat.decimal(TREND_PANEL_LEVEL, 0)));
        params.put("CHART_PANEL_HIGH", texts.get("pdf.chart.panel.high", SwedishFormat.decimal(TREND_PANEL_LEVEL, 0)));
        params.put("TREND_ALT", ChartAltText.trend(trend, texts));
        List<Map<String, ?>> low = trendPanel(trend, false);
        List<Map<String, ?>> high = trendPanel(trend, true);
        params.put("TREND_LOW_COUNT", low.size());
        params.put("TREND_HIGH_COUNT", high.size());
        params.put("TREND_ALT_LOW", ChartAltText.trend(low, texts));
        params.put("TREND_ALT_HIGH", ChartAltText.trend(high, texts));
        params.put("TREND_PANEL_LEVEL", SwedishFormat.decimal(TREND_PANEL_LEVEL, 0));
        params.put(TrendChartCustomizer.INTERVALS_PARAMETER, trendIntervals(data));
        List<Map<String, ?>> method = new ArrayList<>(MethodChapter.records(templatesDir, report.metadata(), level,
                responseRates, texts));
        method.addAll(definitionRecords(data));
        Map<String, String> definitions = new LinkedHashMap<>();
        for (IndicatorInfo info : data.mainIndicators()) {
            definitions.put(info.label(), info.definition());
        }
        params.put("HAS_TABLES", !report.tables().isEmpty());
        params.put("TABLES_REPORT", template(TABLES_TEMPLATE));
        params.put("ROW_REPORT", template(ROWS_TEMPLATE));
        params.put("TOC_REPORT", template(TOC_TEMPLATE));
        params.put("HAS_SAE", !smallAreas.isEmpty());
        params.put("SAE_REPORT", smallAreas.isEmpty() ? null : template(SmallAreaChapter.TEMPLATE));
        return new Prepared(params, rows, trend, method, keyValues(definitions));
    }

    /** One fill with {@code toc} as the table of contents. */
    private JasperPrint fillOnce(AnnualReport report, Prepared prepared, List<TableOfContents.Entry> toc)
            throws IOException {
        Map<String, Object> params = new HashMap<>(prepared.params());
        params.put("TREND_DATA", new JRMapCollectionDataSource(prepared.trend()));
        params.put("TREND_DATA_LOW", new JRMapCollectionDataSource(trendPanel(prepared.trend(), false)));
        params.put("TREND_DATA_HIGH", new JRMapCollectionDataSource(trendPanel(prepared.trend(), true)));
        params.put("METHOD_DATA", new JRMapCollectionDataSource(prepared.method()));
        params.put("DEFINITION_DATA", new JRMapCollectionDataSource(prepared.definitions()));
        params.put("TABLE_DATA", new JRMapCollectionDataSource(StatTableView.records(report.tables(), TableNumbers.of(report), texts)));
        params.put("TOC_DATA", new JRMapCollectionDataSource(TableOfContents.records(toc)));
        if (!smallAreas.isEmpty()) {
            params.put("SAE_PARAMS", smallAreas.parameters(texts, (String) params.get("LEVEL"),
                    se.hrvstat.result.ReferenceLists.standard().counties(), (JasperReport) params.get("LIST_REPORT")));
            params.put("SAE_DATA", smallAreas.panels(texts, (String) params.get("LEVEL")));
        }
        try {
            return JasperFillManager.getInstance(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())
                    .fill(template(MAIN_TEMPLATE), params, new JRMapCollectionDataSource(prepared.rows()));
        } catch (JRException e) {
            throw new IOException("could not fill the annual report " + report.year() + ": " + e.getMessage(), e);
        }
    }

    private void export(JasperPrint print, AnnualReport report, OutputStream out) throws IOException {
        PdfExport.export(print, out, texts.get("pdf.title", report.year(), report.year()), texts.get("publisher"),
                texts.get("pdf.subject"), texts.get("pdf.keywords", report.year()));
    }

    /** Standard breakdowns in the order the report shows them (EXCHANGE.md 1.2); others follow by name. */
    static final List<String> BREAKDOWN_ORDER =
            List.of("", "sex", "grade", "born", "disability", "lgbtq", "lanskod", "sex;grade");

    /**
     * One record per main indicator and domain of the wave: all students first, then each
     * breakdown in {@link #BREAKDOWN_ORDER} (codes in numeric order), with the breakdown's name
     * ("Kön", "Kön och årskurs") as a sub-heading.
     */
    List<Map<String, ?>> tableRows(ReportData data, int wave, Integer previous) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int index = 0;
        TableNumbers numbers = TableNumbers.of(data.report());
        for (IndicatorInfo info : data.mainIndicators()) {
            boolean chartable = index++ < CHART_MAX;
            String number = tableNumber(numbers, info.name());
            List<EstimateRow> ofIndicator = data.report().estimates().stream()
                    .filter(r -> r.indicator().equals(info.name()) && r.wave() == wave)
                    .sorted(DOMAIN_ORDER)
                    .toList();
            for (EstimateRow r : ofIndicator) {
                Map<String, Object> m = new HashMap<>();
                boolean overall = isOverall(r.domain());
                boolean suppressed = SwedishFormat.FLAG_SUPPRESSED.equals(r.flag())
                        || !SwedishFormat.isPresent(r.estimate());
                m.put("indicator", info.name());
                m.put("indicatorLabel", data.label(info.name()));
                m.put("tableNumber", number);
                m.put("tableTitle", texts.get("pdf.table1.title", number, data.label(info.name()), wave));
                m.put("breakdown", breakdown(r.domain()));
                m.put("breakdownLabel", domains.breakdown(breakdown(r.domain())));
                m.put("groupLabel", domains.label(r.domain()));
                m.put("estimateText", SwedishFormat.estimateCell(r));
                m.put("ciText", SwedishFormat.intervalCell(r));
                m.put("previousText", previous == null ? null
                        : data.find(info.name(), previous, r.domain()).map(SwedishFormat::estimateCell)
                                .orElse(SwedishFormat.SYMBOL_SUPPRESSED));
                m.put("nText", r.hasN() ? SwedishFormat.integer(r.n()) : SwedishFormat.SYMBOL_SUPPRESSED);
                m.put("overall", overall);
                m.put("inChart", chartable && !suppressed && (overall || "sex=1".equals(r.domain().trim())
                        || "sex=2".equals(r.domain().trim())));
                m.put("chartValue", suppressed ? null : r.estimate() * 100.0);
                m.put("shows", symbolsShown(m));
                rows.add(m);
            }
        }
        markChartPanels(rows);
        return rows;
    }

    /**
     * Puts each indicator of the bar chart in its panel: {@code chartHigh} when its highest bar is at or
     * above {@link #TREND_PANEL_LEVEL} percent, as the trend figure groups them, so that each panel's
     * scale fits its indicators and a low share is not a sliver beside a high one.
     */
    @SuppressWarnings("unchecked")
    static void markChartPanels(List<Map<String, ?>> rows) {
        Map<Object, Double> top = new HashMap<>();
        for (Map<String, ?> r : rows) {
            if (Boolean.TRUE.equals(r.get("inChart")) && r.get("chartValue") != null) {
                top.merge(r.get("indicator"), (Double) r.get("chartValue"), Math::max);
            }
        }
        for (Map<String, ?> r : rows) {
            ((Map<String, Object>) r).put("chartHigh", top.getOrDefault(r.get("indicator"), 0.0) >= TREND_PANEL_LEVEL);
        }
    }

    /**
     * The number of an indicator's table, as in the workbook ({@link TableNumbers#indicator}, "1.3"); an
     * indicator the workbook has no table of (no estimates of levels) keeps its place with "1.?" never printed
     * (it has no rows either).
     */
    private static String tableNumber(TableNumbers numbers, String indicator) {
        try {
            return numbers.indicator(indicator);
        } catch (IllegalArgumentException e) {
            return TableNumbers.SURVEY + ".?";
        }
    }

    /** Bits of the symbols a row of table 1 shows: 1 for {@code ..}, 2 for {@code *} (the page's legend sums them up). */
    static int symbolsShown(Map<String, ?> row) {
        List<String> cells = java.util.stream.Stream.of(row.get("estimateText"), row.get("ciText"), row.get("previousText"),
                row.get("nText")).filter(java.util.Objects::nonNull).map(Object::toString).toList();
        return (cells.contains(SwedishFormat.SYMBOL_SUPPRESSED) ? 1 : 0)
                | (cells.stream().anyMatch(c -> c.endsWith(SwedishFormat.SYMBOL_UNCERTAIN)) ? 2 : 0);
    }

    /** The legend under table 1: the symbols its cells show ({@code ..}, {@code *}), one line each. */
    String tableLegend(List<Map<String, ?>> rows) {
        List<String> lines = new ArrayList<>();
        List<String> cells = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.get("estimateText"), r.get("ciText"),
                r.get("previousText"), r.get("nText"))).filter(java.util.Objects::nonNull).map(Object::toString).toList();
        if (cells.contains(SwedishFormat.SYMBOL_SUPPRESSED)) {
            lines.add(texts.get("legend.suppressed"));
        }
        if (cells.stream().anyMatch(c -> c.endsWith(SwedishFormat.SYMBOL_UNCERTAIN))) {
            lines.add(texts.get("legend.uncertain"));
        }
        return String.join("\n", lines);
    }

    /** Intervals in percent of the chart's bars, keyed {@code series|category} as the chart names them. */
    Map<String, double[]> chartIntervals(ReportData data, int wave) {
        Map<String, double[]> intervals = new HashMap<>();
        for (IndicatorInfo info : data.mainIndicators()) {
            for (EstimateRow r : data.report().estimates()) {
                if (r.indicator().equals(info.name()) && r.wave() == wave && SwedishFormat.isPresent(r.ciLow())
                        && SwedishFormat.isPresent(r.ciHigh()) && !SwedishFormat.FLAG_SUPPRESSED.equals(r.flag())) {
                    intervals.put(domains.label(r.domain()) + "|" + data.label(info.name()),
                            new double[] {r.ciLow() * 100.0, r.ciHigh() * 100.0});
                }
            }
        }
        return intervals;
    }

    /**
     * Records of the trend chart: the overall estimate of each charted main indicator in every
     * wave up to the reference year (suppressed estimates left out).
     */
    static List<Map<String, ?>> trendRecords(ReportData data) {
        List<Map<String, ?>> records = new ArrayList<>();
        List<IndicatorInfo> main = data.mainIndicators();
        for (IndicatorInfo info : main.subList(0, Math.min(CHART_MAX, main.size()))) {
            data.report().estimates().stream()
                    .filter(r -> r.indicator().equals(info.name()) && isOverall(r.domain()) && r.wave() <= data.report().year()
                            && SwedishFormat.isPresent(r.estimate()) && !SwedishFormat.FLAG_SUPPRESSED.equals(r.flag()))
                    .sorted(java.util.Comparator.comparingInt(EstimateRow::wave))
                    .forEach(r -> records.add(Map.of("indicatorLabel", data.label(info.name()),
                            "wave", Integer.toString(r.wave()), "value", r.estimate() * 100.0)));
        }
        return records;
    }

    /**
     * Share in percent from which an indicator is drawn in the trend figure's second panel: the
     * highest of its points ({@link #trendPanel}); each panel's scale then fits its own indicators.
     */
    static final double TREND_PANEL_LEVEL = 20.0;

    /**
     * The trend records of one panel of the trend figure: the indicators whose highest point is below
     * {@link #TREND_PANEL_LEVEL} percent ({@code high} false) or at or above it ({@code high} true).
     */
    static List<Map<String, ?>> trendPanel(List<Map<String, ?>> trend, boolean high) {
        Map<Object, Double> top = new HashMap<>();
        trend.forEach(r -> top.merge(r.get("indicatorLabel"), (Double) r.get("value"), Math::max));
        return trend.stream().filter(r -> (top.get(r.get("indicatorLabel")) >= TREND_PANEL_LEVEL) == high).toList();
    }

    /** Intervals in percent of the trend figure's points, keyed {@code indicator label|wave} as the chart names them. */
    static Map<String, double[]> trendIntervals(ReportData data) {
        Map<String, double[]> intervals = new HashMap<>();
        List<IndicatorInfo> main = data.mainIndicators();
        for (IndicatorInfo info : main.subList(0, Math.min(CHART_MAX, main.size()))) {
            for (EstimateRow r : data.report().estimates()) {
                if (r.indicator().equals(info.name()) && isOverall(r.domain()) && SwedishFormat.isPresent(r.ciLow())
                        && SwedishFormat.isPresent(r.ciHigh()) && !SwedishFormat.FLAG_SUPPRESSED.equals(r.flag())) {
                    intervals.put(data.label(info.name()) + "|" + r.wave(), new double[] {r.ciLow() * 100.0, r.ciHigh() * 100.0});
                }
            }
        }
        return intervals;
    }

    /** Rows in the report's order of domains: breakdowns as {@link #BREAKDOWN_ORDER}, then codes as numbers. */
    public static final java.util.Comparator<EstimateRow> DOMAIN_ORDER =
            java.util.Comparator.comparing((EstimateRow r) -> DomainKey.of(r.domain()));

    /**
     * The sort key of a domain for {@link #DOMAIN_ORDER}: breakdown rank, breakdown, padded codes, in that
     * order. Computed once per domain (a sort compares each row many times, and the key takes
     * splitting and padding); a run has a few hundred domains.
     */
    private record DomainKey(int rank, String breakdown, String codes) implements Comparable<DomainKey> {
        private static final java.util.concurrent.ConcurrentHashMap<String, DomainKey> KEYS =
                new java.util.concurrent.ConcurrentHashMap<>();

        static DomainKey of(String domain) {
            if (domain == null) {
                return of0(null);
            }
            DomainKey key = KEYS.get(domain);
            if (key == null) {
                if (KEYS.size() > 10_000) {
                    KEYS.clear(); // bounded in a long-lived process
                }
                key = of0(domain);
                KEYS.put(domain, key);
            }
            return key;
        }

        private static DomainKey of0(String domain) {
            return new DomainKey(breakdownRank(domain), PdfReportWriter.breakdown(domain), codeKey(domain));
        }

        @Override
        public int compareTo(DomainKey o) {
            int c = Integer.compare(rank, o.rank);
            if (c == 0) {
                c = breakdown.compareTo(o.breakdown);
            }
            return c != 0 ? c : codes.compareTo(o.codes);
        }
    }

    /** The breakdown of a domain: its variables joined by {@code ;} ({@code sex=1;grade=9} gives {@code sex;grade}). */
    static String breakdown(String domain) {
        return String.join(";", SurveyPxTables.variables(domain));
    }

    private static int breakdownRank(String domain) {
        int i = BREAKDOWN_ORDER.indexOf(breakdown(domain));
        return i < 0 ? BREAKDOWN_ORDER.size() : i;
    }

    /** Codes of a domain padded so that numeric codes sort as numbers (2 before 11). */
    private static String codeKey(String domain) {
        StringBuilder sb = new StringBuilder();
        if (domain != null && !domain.isBlank()) {
            for (String p : domain.split(";")) {
                String[] kv = p.trim().split("=", 2);
                String code = kv.length > 1 ? kv[1].trim() : "";
                sb.append(code.matches("\\d{1,9}") ? zeroPadded(Long.parseLong(code)) : code).append(';');
            }
        }
        return sb.toString();
    }

    /** {@code n} (at most nine digits) as nine digits, as {@code String.format("%09d", n)}. */
    private static String zeroPadded(long n) {
        String digits = Long.toString(n);
        return "0".repeat(Math.max(0, 9 - digits.length())) + digits;
    }

    /** The introduction of the results: which tables (1.1–1.n), the wave, the breakdowns, the interval's level. */
    private String resultsIntro(List<Map<String, ?>> rows, int wave, String level) {
        String breakdowns = breakdownsInWords(rows);
        return texts.get("pdf.table1.intro", tablesInWords(rows), wave,
                breakdowns.isEmpty() ? "" : texts.get("pdf.table1.intro.breakdowns", breakdowns), level);
    }

    /** Table 1's tables in words: "tabell 1.1" or "tabellerna 1.1–1.9" (the first and last printed). */
    String tablesInWords(List<Map<String, ?>> rows) {
        List<String> numbers = rows.stream().map(r -> String.valueOf(r.get("tableNumber"))).distinct().toList();
        if (numbers.isEmpty()) {
            return "";
        }
        return numbers.size() == 1 ? texts.get("pdf.table1.one", numbers.get(0))
                : texts.get("pdf.table1.range", numbers.get(0), numbers.get(numbers.size() - 1));
    }

    private static String level(AnnualReport report) {
        return SwedishFormat.levelPercent(report.level());
    }

    /** The breakdowns of the table in order, in words: "kön, årskurs och län"; empty if only all students. */
    String breakdownsInWords(List<Map<String, ?>> rows) {
        List<String> seen = new ArrayList<>();
        for (Map<String, ?> r : rows) {
            String label = ((String) r.get("breakdownLabel")).toLowerCase(SwedishFormat.LOCALE);
            if (!label.isEmpty() && !seen.contains(label)) {
                seen.add(label);
            }
        }
        if (seen.size() <= 1) {
            return seen.isEmpty() ? "" : seen.get(0);
        }
        return texts.get("pdf.breakdowns", String.join(", ", seen.subList(0, seen.size() - 1)), seen.get(seen.size() - 1));
    }

    private static boolean isOverall(String domain) {
        return domain == null || domain.isBlank();
    }

    private static boolean isSexOnly(String domain) {
        return domain.trim().matches("sex=\\d+");
    }

    private static List<Map<String, ?>> keyValues(Map<String, String> entries) {
        List<Map<String, ?>> list = new ArrayList<>();
        if (entries != null) {
            entries.forEach((k, v) -> list.add(Map.of("key", k == null ? "" : k, "value", v == null ? "" : v)));
        }
        return list;
    }

    /** The compiled template {@code name}: from the templates folder, else the classpath; compiled once. */
    JasperReport template(String name) throws IOException {
        Path file = templatesDir.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                String key = file.toAbsolutePath().normalize() + "@" + Files.getLastModifiedTime(file).toMillis();
                JasperReport cached = COMPILED.get(key);
                if (cached != null) {
                    return cached;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    JasperReport compiled = JasperCompileManager.compileReport(in);
                    COMPILED.put(key, compiled);
                    return compiled;
                }
            }
            String resource = "/report-templates/" + name;
            String key = "classpath:" + resource;
            JasperReport cached = COMPILED.get(key);
            if (cached != null) {
                return cached;
            }
            try (InputStream in = PdfReportWriter.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("report template " + name + " not found: neither " + file.toAbsolutePath()
                            + " nor classpath " + resource);
                }
                JasperReport compiled = JasperCompileManager.compileReport(in);
                COMPILED.put(key, compiled);
                return compiled;
            }
        } catch (JRException e) {
            throw new IOException("report template " + name + " does not compile: " + e.getMessage(), e);
        }
    }
}
