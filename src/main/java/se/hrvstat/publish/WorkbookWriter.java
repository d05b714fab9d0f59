package se.hrvstat.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.IndicatorInfo;
import se.hrvstat.result.StatTable;

/**
 * Writes {@code tabeller-<year>.xlsx}: a contents sheet with a link to every sheet, one sheet per
 * survey indicator (every breakdown and wave), the changes between waves, one sheet per
 * {@link StatTable} (municipal mapping, efforts), the indicator definitions and the run's
 * metadata. Every table sheet has its title, source, footnotes and symbol legend and a frozen
 * header; sheet names are short Swedish names of at most 31 characters ({@link SheetNames}).
 *
 * <p>Storage: shares are stored as shares in [0, 1] with the display format {@code 0.0%} (so
 * 0.1234 shows as 12,3 % in a Swedish Excel); changes between waves on the sheet "Förändringar"
 * are stored in percentage points (0.54 means +0,5 procentenheter) with format {@code +0.0}; counts
 * with {@code #,##0} (space as thousands separator in a Swedish Excel). Format codes are locale
 * neutral: Excel shows decimal comma and space separators from the reader's Swedish settings.
 * Suppressed or missing values are the text {@code ..} (legend on each sheet); uncertain
 * estimates keep their value and carry {@code *} in the column "Anm.".
 *
 * <p>No cell is ever a formula: text goes through {@link #text}, which writes a string cell, and
 * text that a spreadsheet could take for a formula ({@code = + - @}, tab, CR) also gets Excel's
 * quote prefix so that editing the cell keeps it text.
 */
public final class WorkbookWriter {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));
    private final Texts texts;
    private final DomainLabels domains;
    private SmallAreaChapter smallAreas = SmallAreaChapter.none();

    /** Takes its words from {@code report-templates/} in the working directory, else from the jar. */
    public WorkbookWriter() {
        this(PdfReportWriter.DEFAULT_TEMPLATES);
    }

    /** Takes its words from {@code templatesDir}, else from the jar. */
    public WorkbookWriter(Path templatesDir) {
        this.texts = Texts.load(templatesDir);
        this.domains = new DomainLabels(texts);
    }

    /** Adds the sheet of the model-based municipal estimates (table 4.1, {@link SmallAreaSheet}); returns this writer. */
    public WorkbookWriter withSmallAreas(SmallAreaChapter chapter) {
        this.smallAreas = chapter;
        return this;
    }

    /** Writes the workbook of {@code report} to {@code file} atomically. */
    public void write(AnnualReport report, Path file) throws IOException {
        AtomicFiles.write(file, tmp -> {
            SXSSFWorkbook wb = build(report);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            } finally {
                wb.dispose(); // the sheets' temporary files of the write
                wb.close();
            }
        });
    }

    /**
     * Builds the workbook in memory (the tables are small: tens of thousands of rows at most).
     * POI's streaming workbook with no window ({@code -1}: every row stays in memory and can be
     * read back) and inline strings: its cells are plain objects and its sheets are written as
     * text, where XSSF builds an XML tree of every cell and keys each string of the shared
     * strings table by its XML text, about two thirds of the workbook's time (docs/benchmarks.md).
     * The cells, their values, types and styles, column widths, frozen panes and links are the
     * same.
     */
    SXSSFWorkbook build(AnnualReport report) {
        SXSSFWorkbook wb = new SXSSFWorkbook(-1);
        Styles st = new Styles(wb);
        ReportData data = new ReportData(report);
        String level = SwedishFormat.levelPercent(report.level());
        String source = texts.get("workbook.source", report.year(), texts.get("publisher"));
        String sheetContents = texts.get("workbook.sheet.contents");
        String sheetChanges = texts.get("workbook.sheet.changes");
        String sheetDifferences = texts.get("workbook.sheet.differences");
        String sheetDefinitions = texts.get("workbook.sheet.definitions");
        String sheetMetadata = texts.get("workbook.sheet.metadata");
        SheetNames names = new SheetNames(texts.get("workbook.sheet.fallback"),
                List.of(sheetContents, sheetChanges, sheetDifferences, sheetDefinitions, sheetMetadata));

        Sheet contents = wb.createSheet(sheetContents);
        List<String[]> tables = new ArrayList<>();
        TableNumbers numbers = TableNumbers.of(report);
        for (Map.Entry<String, List<EstimateRow>> indicator : byIndicator(data).entrySet()) {
            String label = data.label(indicator.getKey());
            String number = numbers.indicator(indicator.getKey());
            String title = texts.get("workbook.indicator.title", number, label, level);
            // a single question goes by its code first ("q10 Orolig för..."), apart from an indicator of the same label;
            // the table number first keeps two names apart that a cut at 31 characters would make look alike
            String name = names.claim(texts.get("workbook.sheet.numbered", number,
                    ReportData.isItem(indicator.getKey()) ? indicator.getKey() + " " + label : label));
            tables.add(new String[] {name, title});
            writeIndicator(wb.createSheet(name), data, indicator.getKey(), indicator.getValue(), st, source, title,
                    indicatorHeader(level));
        }
        List<EstimateRow> trends = data.trendRows();
        if (!trends.isEmpty()) {
            String title = texts.get("workbook.changes.title", numbers.changes());
            tables.add(new String[] {sheetChanges, title});
            writeChanges(wb.createSheet(sheetChanges), data, st, source, title, changeHeader(level));
        }
        java.util.Optional<Integer> latest = data.latestWave();
        List<EstimateRow> differences = latest.isEmpty() ? List.of()
                : data.differenceRows().stream().filter(r -> r.wave() == latest.get()).toList();
        if (!differences.isEmpty()) {
            String title = texts.get("workbook.differences.title", numbers.differences(), latest.get());
            tables.add(new String[] {sheetDifferences, title});
            writeDifferences(wb.createSheet(sheetDifferences), data, differences, st, source, title,
                    differenceHeader(level), "estimates-" + report.year() + ".csv");
        }
        for (StatTable t : report.tables()) {
            String number = numbers.statTable(t.id());
            String name = names.claim(texts.get("workbook.sheet.numbered", number,
                    t.sheetName() != null ? t.sheetName() : t.title()));
            String title = texts.get("workbook.table.title", number, t.title());
            tables.add(new String[] {name, title});
            writeStatTable(wb.createSheet(name), t, title, st);
        }
        if (!smallAreas.isEmpty()) {
            SmallAreaSheet sae = new SmallAreaSheet(texts, smallAreas);
            String name = names.claim(sae.name());
            tables.add(new String[] {name, sae.contents()});
            sae.write(wb.createSheet(name), report.year(), level, se.hrvstat.result.ReferenceLists.standard().counties(),
                    se.hrvstat.result.ReferenceLists.standard()::countyOf);
        }
        tables.add(new String[] {sheetDefinitions, texts.get("workbook.definitions.contents")});
        tables.add(new String[] {sheetMetadata, texts.get("workbook.metadata.contents")});
        writeDefinitions(wb.createSheet(sheetDefinitions), report, st);
        writeMetadata(wb.createSheet(sheetMetadata), report, st);
        writeContents(contents, wb, report, st, tables);
        wb.setActiveSheet(0);
        return wb;
    }

    /**
     * The level estimates by indicator in catalogue order; within an indicator the report's
     * order of breakdowns (all students, sex, grade, ...), groups by code, then the waves.
     */
    static Map<String, List<EstimateRow>> byIndicator(ReportData data) {
        Map<String, List<EstimateRow>> by = new java.util.LinkedHashMap<>();
        for (EstimateRow row : data.levelRows()) {
            by.computeIfAbsent(row.indicator(), k -> new ArrayList<>()).add(row);
        }
        by.replaceAll((k, rows) -> rows.stream().sorted(PdfReportWriter.DOMAIN_ORDER
                .thenComparingInt(EstimateRow::wave)).toList());
        return by;
    }

    /** The indicators of {@link #byIndicator}, in its order (of the level rows; no sorting needed). */
    static List<String> indicatorOrder(ReportData data) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (EstimateRow row : data.levelRows()) {
            names.add(row.indicator());
        }
        return List.copyOf(names);
    }

    private void writeContents(Sheet sheet, Workbook wb, AnnualReport report, Styles st, List<String[]> tables) {
        CreationHelper helper = wb.getCreationHelper();
        text(st, sheet, 0, 0, texts.get("workbook.contents.title", report.year()), st.title);
        text(st, sheet, 1, 0, texts.get("workbook.contents.subtitle", report.year()), st.plain);
        text(st, sheet, 2, 0, texts.get("publisher"), st.plain);
        text(st, sheet, 4, 0, texts.get("workbook.contents.sheet"), st.header);
        text(st, sheet, 4, 1, texts.get("workbook.contents.what"), st.header);
        int r = 5;
        for (String[] t : tables) {
            Cell c = text(st, sheet, r, 0, t[0], st.link);
            Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + t[0].replace("'", "''") + "'!A1"); // an apostrophe in a sheet reference is doubled
            c.setHyperlink(link);
            text(st, sheet, r, 1, t[1], st.plain);
            r++;
        }
        r++;
        text(st, sheet, r++, 0, texts.get("workbook.legend"), st.bold);
        text(st, sheet, r++, 0, texts.get("legend.suppressed"), st.plain);
        text(st, sheet, r++, 0, texts.get("legend.uncertain"), st.plain);
        r++;
        text(st, sheet, r, 0, texts.get("workbook.created"), st.bold);
        text(st, sheet, r, 1, report.createdAt() == null ? "" : CREATED.format(report.createdAt()), st.plain);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private String[] indicatorHeader(String level) {
        return new String[] {texts.get("workbook.indicator.breakdown"), texts.get("workbook.column.group"),
                texts.get("workbook.column.domain"), texts.get("workbook.indicator.year"),
                texts.get("workbook.indicator.share"), texts.get("workbook.indicator.ci.low", level),
                texts.get("workbook.indicator.ci.high", level), texts.get("workbook.indicator.se"),
                texts.get("workbook.indicator.deff"), texts.get("workbook.column.n"), texts.get("workbook.column.remark")};
    }

    /** One indicator's sheet: every breakdown and wave, shares as numbers with Swedish display formats. */
    private void writeIndicator(Sheet sheet, ReportData data, String indicator, List<EstimateRow> rows, Styles st,
                                String source, String title, String[] header) {
        int headerRow = tableHead(sheet, st, title, source, header);
        String definition = data.info(indicator).map(IndicatorInfo::definition).orElse("");
        text(st, sheet, 2, 0, texts.get("workbook.indicator.code", indicator, definition == null || definition.isBlank() ? ""
                : texts.get("workbook.indicator.definition", definition)), st.plain);
        int r = headerRow + 1;
        for (EstimateRow row : rows) {
            boolean suppressed = SwedishFormat.FLAG_SUPPRESSED.equals(row.flag());
            String breakdown = PdfReportWriter.breakdown(row.domain());
            text(st, sheet, r, 0, breakdown.isEmpty() ? domains.all() : domains.breakdown(breakdown), st.plain);
            text(st, sheet, r, 1, domains.label(row.domain()), st.plain);
            text(st, sheet, r, 2, row.domain() == null ? "" : row.domain(), st.plain);
            number(sheet, r, 3, row.wave(), st.year);
            share(sheet, r, 4, suppressed ? null : row.estimate(), st.percent, st);
            share(sheet, r, 5, suppressed ? null : row.ciLow(), st.percent, st);
            share(sheet, r, 6, suppressed ? null : row.ciHigh(), st.percent, st);
            share(sheet, r, 7, suppressed ? null : row.se(), st.percent2, st);
            share(sheet, r, 8, row.deff(), st.decimal2, st);
            count(sheet, r, 9, row.n(), st);
            text(st, sheet, r, 10, SwedishFormat.FLAG_UNCERTAIN.equals(row.flag()) ? SwedishFormat.SYMBOL_UNCERTAIN : "",
                    st.plain);
            r++;
        }
        footnotes(sheet, st, r + 1, texts.get("workbook.indicator.storage"));
        int[] widths = {22, 34, 16, 8, 11, 13, 13, 11, 12, 12, 6};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(2, headerRow + 1);
    }

    private String[] changeHeader(String level) {
        return new String[] {texts.get("workbook.changes.name"), texts.get("workbook.changes.indicator"),
                texts.get("workbook.changes.measure"), texts.get("workbook.changes.year"), texts.get("workbook.column.group"),
                texts.get("workbook.column.domain"), texts.get("workbook.changes.change"),
                texts.get("workbook.changes.ci.low", level), texts.get("workbook.changes.ci.high", level),
                texts.get("workbook.changes.se"), texts.get("workbook.column.n"), texts.get("workbook.column.remark"),
                texts.get("workbook.column.p")};
    }

    private String[] differenceHeader(String level) {
        return new String[] {texts.get("workbook.changes.name"), texts.get("workbook.changes.indicator"),
                texts.get("workbook.differences.group1"), texts.get("workbook.differences.group2"),
                texts.get("workbook.column.domain"), texts.get("workbook.differences.difference"),
                texts.get("workbook.changes.ci.low", level), texts.get("workbook.changes.ci.high", level),
                texts.get("workbook.changes.se"), texts.get("workbook.column.p"), texts.get("workbook.column.n"),
                texts.get("workbook.column.remark")};
    }

    /**
     * The differences between two groups of the latest wave ({@code :diff} rows), in catalogue
     * order; a suppressed difference shows {@code ..}.
     */
    private void writeDifferences(Sheet sheet, ReportData data, List<EstimateRow> rows, Styles st, String source,
                                  String title, String[] header, String estimatesFile) {
        int headerRow = tableHead(sheet, st, title, source, header);
        int r = headerRow + 1;
        for (EstimateRow row : rows) {
            boolean suppressed = SwedishFormat.FLAG_SUPPRESSED.equals(row.flag());
            String[] groups = row.domain().split("-", 2);
            text(st, sheet, r, 0, data.label(row.indicator()), st.plain);
            text(st, sheet, r, 1, row.indicator(), st.plain);
            text(st, sheet, r, 2, domains.label(groups[0]), st.plain);
            text(st, sheet, r, 3, groups.length > 1 ? domains.label(groups[1]) : "", st.plain);
            text(st, sheet, r, 4, row.domain(), st.plain);
            share(sheet, r, 5, suppressed ? null : points(row.estimate()), st.signed, st);
            share(sheet, r, 6, suppressed ? null : points(row.ciLow()), st.signed, st);
            share(sheet, r, 7, suppressed ? null : points(row.ciHigh()), st.signed, st);
            share(sheet, r, 8, suppressed ? null : points(row.se()), st.decimal2, st);
            share(sheet, r, 9, suppressed ? null : row.p(), st.pValue, st);
            count(sheet, r, 10, row.n(), st);
            text(st, sheet, r, 11, SwedishFormat.FLAG_UNCERTAIN.equals(row.flag()) ? SwedishFormat.SYMBOL_UNCERTAIN : "",
                    st.plain);
            r++;
        }
        footnotes(sheet, st, r + 1, texts.get("workbook.differences.storage", estimatesFile));
        int[] widths = {40, 24, 26, 26, 24, 14, 12, 12, 10, 10, 12, 6};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(1, headerRow + 1);
    }

    private void writeChanges(Sheet sheet, ReportData data, Styles st, String source, String title, String[] header) {
        int headerRow = tableHead(sheet, st, title, source, header);
        int r = headerRow + 1;
        for (EstimateRow row : data.trendRows()) {
            boolean suppressed = SwedishFormat.FLAG_SUPPRESSED.equals(row.flag());
            String kind = ReportData.trendKind(row.indicator());
            text(st, sheet, r, 0, data.label(row.indicator()), st.plain);
            text(st, sheet, r, 1, row.indicator(), st.plain);
            text(st, sheet, r, 2, switch (kind) {
                case "change" -> texts.get("workbook.measure.change");
                case "trend" -> texts.get("workbook.measure.trend");
                default -> kind;
            }, st.plain);
            number(sheet, r, 3, row.wave(), st.year);
            text(st, sheet, r, 4, domains.label(row.domain()), st.plain);
            text(st, sheet, r, 5, row.domain() == null ? "" : row.domain(), st.plain);
            share(sheet, r, 6, suppressed ? null : points(row.estimate()), st.signed, st);
            share(sheet, r, 7, suppressed ? null : points(row.ciLow()), st.signed, st);
            share(sheet, r, 8, suppressed ? null : points(row.ciHigh()), st.signed, st);
            share(sheet, r, 9, suppressed ? null : points(row.se()), st.decimal2, st);
            count(sheet, r, 10, row.n(), st);
            text(st, sheet, r, 11, SwedishFormat.FLAG_UNCERTAIN.equals(row.flag()) ? SwedishFormat.SYMBOL_UNCERTAIN : "",
                    st.plain);
            share(sheet, r, 12, suppressed ? null : row.p(), st.pValue, st);
            r++;
        }
        footnotes(sheet, st, r + 1, texts.get("workbook.changes.storage"));
        int[] widths = {40, 24, 36, 10, 26, 14, 14, 12, 12, 10, 12, 6, 10};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(1, headerRow + 1);
    }

    /**
     * A StatTable as it is: stub down, heading across, numbers with the table's decimals;
     * suppressed cells {@code ..}, missing cells {@code –}, uncertain numbers keep their value and
     * show {@code *} through their display format.
     */
    private void writeStatTable(Sheet sheet, StatTable t, String title, Styles st) {
        String[] header = new String[t.heading().size() + 1];
        header[0] = t.stubTitle();
        for (int c = 0; c < t.heading().size(); c++) {
            header[c + 1] = t.heading().get(c);
        }
        int headerRow = tableHead(sheet, st, title, t.source(), header);
        text(st, sheet, 2, 0, texts.get("workbook.unit", t.unit()), st.plain);
        int r = headerRow + 1;
        for (int i = 0; i < t.stub().size(); i++) {
            text(st, sheet, r, 0, t.stub().get(i), st.plain);
            for (int c = 0; c < t.heading().size(); c++) {
                StatTable.Cell cell = t.cells().get(i).get(c);
                switch (cell.status()) {
                    case SUPPRESSED -> text(st, sheet, r, c + 1, SwedishFormat.SYMBOL_SUPPRESSED, st.symbol);
                    case MISSING -> text(st, sheet, r, c + 1, SYMBOL_MISSING, st.symbol);
                    default -> number(sheet, r, c + 1, cell.value(),
                            st.tableNumber(t.decimals(c), cell.status() == StatTable.Status.UNCERTAIN));
                }
            }
            r++;
        }
        r++;
        text(st, sheet, r++, 0, texts.get("workbook.notes"), st.bold);
        // the legend of the symbols the table shows (under the Cell Key Method a count table has no "..")
        for (StatTable.Status symbol : List.of(StatTable.Status.SUPPRESSED, StatTable.Status.MISSING, StatTable.Status.UNCERTAIN)) {
            if (t.shows(symbol)) {
                text(st, sheet, r++, 0, texts.get("legend." + symbol.name().toLowerCase(java.util.Locale.ROOT)), st.plain);
            }
        }
        for (String note : t.footnotes()) {
            text(st, sheet, r++, 0, note, st.plain);
        }
        sheet.setColumnWidth(0, 34 * 256);
        for (int c = 0; c < t.heading().size(); c++) {
            sheet.setColumnWidth(c + 1, Math.max(12, Math.min(30, t.heading().get(c).length() + 2)) * 256);
        }
        sheet.createFreezePane(1, headerRow + 1);
    }

    /** Symbol of a missing cell (no data, e.g. the municipality did not return), as StatTable defines it. */
    static final String SYMBOL_MISSING = StatTableView.SYMBOL_MISSING;

    private static Double points(Double share) {
        return SwedishFormat.isPresent(share) ? share * 100.0 : null;
    }

    private void writeDefinitions(Sheet sheet, AnnualReport report, Styles st) {
        text(st, sheet, 0, 0, texts.get("workbook.definitions.title"), st.title);
        int headerRow = 2;
        String[] header = {texts.get("workbook.definitions.name"), texts.get("workbook.definitions.indicator"),
                texts.get("workbook.definitions.definition")};
        for (int i = 0; i < header.length; i++) {
            text(st, sheet, headerRow, i, header[i], st.header);
        }
        int r = headerRow + 1;
        for (IndicatorInfo info : report.indicators()) {
            text(st, sheet, r, 0, info.name(), st.plain);
            text(st, sheet, r, 1, info.label(), st.plain);
            text(st, sheet, r, 2, info.definition(), st.plain);
            r++;
        }
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 45 * 256);
        sheet.setColumnWidth(2, 80 * 256);
        sheet.createFreezePane(0, headerRow + 1);
    }

    private void writeMetadata(Sheet sheet, AnnualReport report, Styles st) {
        text(st, sheet, 0, 0, texts.get("workbook.metadata.title"), st.title);
        int headerRow = 2;
        text(st, sheet, headerRow, 0, texts.get("workbook.metadata.fact"), st.header);
        text(st, sheet, headerRow, 1, texts.get("workbook.metadata.value"), st.header);
        int r = headerRow + 1;
        text(st, sheet, r, 0, texts.get("workbook.metadata.year"), st.plain);
        number(sheet, r++, 1, report.year(), st.yearLeft);
        text(st, sheet, r, 0, texts.get("workbook.metadata.publisher"), st.plain);
        text(st, sheet, r++, 1, texts.get("publisher"), st.plain);
        text(st, sheet, r, 0, texts.get("workbook.created"), st.plain);
        text(st, sheet, r++, 1, report.createdAt() == null ? "" : CREATED.format(report.createdAt()), st.plain);
        if (report.metadata() != null) {
            java.util.Set<String> written = java.util.Set.of(texts.get("workbook.metadata.year"),
                    texts.get("workbook.metadata.publisher"), texts.get("workbook.created"));
            for (Map.Entry<String, String> e : report.metadata().entrySet()) {
                if (written.contains(e.getKey())) {
                    continue; // already above (the reference year is also one of the run's facts)
                }
                text(st, sheet, r, 0, e.getKey(), st.plain);
                text(st, sheet, r++, 1, e.getValue(), st.plain);
            }
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        sheet.createFreezePane(0, headerRow + 1);
    }

    /** Title, source line and header row; returns the header row index. */
    private int tableHead(Sheet sheet, Styles st, String title, String source, String[] header) {
        text(st, sheet, 0, 0, title, st.title);
        text(st, sheet, 1, 0, source, st.italic);
        int headerRow = 3;
        Row row = sheet.createRow(headerRow);
        row.setHeightInPoints(30);
        for (int i = 0; i < header.length; i++) {
            text(st, sheet, headerRow, i, header[i], st.header);
        }
        return headerRow;
    }

    private void footnotes(Sheet sheet, Styles st, int r, String storage) {
        text(st, sheet, r++, 0, texts.get("workbook.notes"), st.bold);
        text(st, sheet, r++, 0, texts.get("legend.suppressed"), st.plain);
        text(st, sheet, r++, 0, texts.get("legend.uncertain"), st.plain);
        text(st, sheet, r++, 0, texts.get("workbook.notes.interval"), st.plain);
        text(st, sheet, r, 0, storage, st.plain);
    }

    // ---- cells ----------------------------------------------------------------------------

    private static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    /** True for text that a spreadsheet could read as a formula or command (formula injection). */
    static boolean looksLikeFormula(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /** Writes text as a string cell; formula-like text gets the quote prefix as well. Never a formula. */
    private static Cell text(Styles st, Sheet sheet, int r, int c, String value, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        String s = value == null ? "" : value;
        cell.setCellValue(s);
        if (looksLikeFormula(s)) {
            cell.setCellStyle(st.quoted.computeIfAbsent(style, base -> {
                CellStyle quoted = sheet.getWorkbook().createCellStyle();
                quoted.cloneStyleFrom(base);
                quoted.setQuotePrefixed(true);
                return quoted;
            }));
        } else {
            cell.setCellStyle(style);
        }
        return cell;
    }

    private static void number(Sheet sheet, int r, int c, double value, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A count of respondents, or the symbol {@code ..} where it is not published. */
    private static void count(Sheet sheet, int r, int c, Long n, Styles st) {
        if (n != null) {
            number(sheet, r, c, n, st.count);
        } else {
            text(st, sheet, r, c, SwedishFormat.SYMBOL_SUPPRESSED, st.symbol);
        }
    }

    /** A numeric cell, or the symbol {@code ..} when the value is missing or suppressed. */
    private static void share(Sheet sheet, int r, int c, Double value, CellStyle style, Styles st) {
        if (SwedishFormat.isPresent(value)) {
            number(sheet, r, c, value, style);
        } else {
            text(st, sheet, r, c, SwedishFormat.SYMBOL_SUPPRESSED, st.symbol);
        }
    }

    /** The few cell styles of the workbook (a workbook holds at most 64 000 styles: share them). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle header;
        final CellStyle link;
        final CellStyle percent;
        final CellStyle percent2;
        final CellStyle decimal2;
        final CellStyle signed;
        final CellStyle count;
        final CellStyle year;
        final CellStyle yearLeft;
        final CellStyle symbol;
        final CellStyle pValue;
        final Map<CellStyle, CellStyle> quoted = new java.util.IdentityHashMap<>();
        private final Map<String, CellStyle> tableNumbers = new java.util.HashMap<>();
        private final Workbook wb;

        /** Display format of a StatTable number: its decimals, and " *" after an uncertain value. */
        CellStyle tableNumber(int decimals, boolean uncertain) {
            String base = decimals > 0 ? "#,##0." + "0".repeat(Math.min(decimals, 10)) : "#,##0";
            String format = uncertain ? base + "\" *\"" : base;
            return tableNumbers.computeIfAbsent(format, f -> numeric(wb, wb.createDataFormat().getFormat(f)));
        }

        Styles(Workbook wb) {
            this.wb = wb;
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font italicFont = wb.createFont();
            italicFont.setItalic(true);
            Font linkFont = wb.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());

            title = wb.createCellStyle();
            title.setFont(titleFont);
            plain = wb.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            italic = wb.createCellStyle();
            italic.setFont(italicFont);
            link = wb.createCellStyle();
            link.setFont(linkFont);
            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.BOTTOM);
            header.setBorderBottom(BorderStyle.THIN);

            short pct = wb.createDataFormat().getFormat("0.0%");
            short pct2 = wb.createDataFormat().getFormat("0.00%");
            short dec2 = wb.createDataFormat().getFormat("0.00");
            short sign = wb.createDataFormat().getFormat("+0.0;-0.0;0.0");
            short cnt = wb.createDataFormat().getFormat("#,##0");
            short yr = wb.createDataFormat().getFormat("0");
            percent = numeric(wb, pct);
            percent2 = numeric(wb, pct2);
            decimal2 = numeric(wb, dec2);
            signed = numeric(wb, sign);
            count = numeric(wb, cnt);
            year = numeric(wb, yr);
            yearLeft = numeric(wb, yr);
            yearLeft.setAlignment(HorizontalAlignment.LEFT);
            symbol = wb.createCellStyle();
            symbol.setAlignment(HorizontalAlignment.RIGHT);
            pValue = numeric(wb, wb.createDataFormat().getFormat("0.0000"));
        }

        private static CellStyle numeric(Workbook wb, short format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(format);
            s.setAlignment(HorizontalAlignment.RIGHT);
            return s;
        }
    }
}
