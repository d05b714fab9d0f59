package se.hrvstat.publish;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import se.hrvstat.result.SmallAreaRow;
import se.hrvstat.result.SmallAreaRule;

/**
 * The workbook's sheet of table 4.1 ({@link TableNumbers#smallArea(int)}): the model-based
 * estimate of every headline indicator for every municipality with its interval (the rows of
 * {@code sae-<year>.csv}), whether it is the model's or the municipality's own, and the
 * respondents, in the order of the report's figure 3 (indicator, county, estimate), and how the
 * publication rule publishes it: a figure shown only as its interval has {@code ..} for its estimate,
 * one not shown {@code ..} for the interval too (the full record is {@code sae-<year>.csv}). Words
 * {@code sae.sheet.*} of {@link Texts}; shares as numbers with a percent format, as the other sheets.
 */
final class SmallAreaSheet {
    private final Texts texts;
    private final SmallAreaChapter chapter;

    SmallAreaSheet(Texts texts, SmallAreaChapter chapter) {
        this.texts = texts;
        this.chapter = chapter;
    }

    /** The sheet's name, e.g. "4.1 Kommuner, modell". */
    String name() {
        return texts.get("sae.sheet.name", TableNumbers.smallArea(1));
    }

    /** Its line in the contents. */
    String contents() {
        return texts.get("sae.sheet.contents", TableNumbers.smallArea(1));
    }

    /** Fills {@code sheet}; {@code level} as the labels print it ("95"), {@code counties} länskod to name. */
    void write(Sheet sheet, int year, String level, Map<String, String> counties,
            java.util.function.Function<String, String> countyOf) {
        Workbook wb = sheet.getWorkbook();
        CellStyle title = style(wb, true, false);
        CellStyle header = style(wb, true, true);
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        percent.setAlignment(HorizontalAlignment.RIGHT);
        CellStyle count = wb.createCellStyle();
        count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        count.setAlignment(HorizontalAlignment.RIGHT);
        CellStyle symbol = wb.createCellStyle();
        symbol.setAlignment(HorizontalAlignment.RIGHT);
        cell(sheet, 0, 0, texts.get("sae.sheet.title", TableNumbers.smallArea(1), year, level), title);
        List<String> head = List.of("indicator", "code", "municipality", "county", "estimate", "low", "high", "method", "n");
        for (int c = 0; c < head.size(); c++) {
            cell(sheet, 2, c, texts.get("sae.sheet.col." + head.get(c)), header);
        }
        cell(sheet, 2, head.size(), texts.get("sae18b.sheet.col.publication"), header);
        int r = 3;
        for (var fit : chapter.fits()) {
            for (SmallAreaRow row : chapter.ordered(fit.indicator())) {
                cell(sheet, r, 0, chapter.label(row.indicator()), null);
                cell(sheet, r, 1, row.kommunkod(), null);
                cell(sheet, r, 2, chapter.municipality(row.kommunkod()), null);
                String county = countyOf.apply(row.kommunkod());
                cell(sheet, r, 3, counties.getOrDefault(county, county == null ? "" : county), null);
                // the publication rule: a band has no point figure, a withheld figure nothing but ".."
                SmallAreaRule.Publication publication = chapter.publication(row);
                if (publication == SmallAreaRule.Publication.SHOWN) {
                    number(sheet, r, 4, row.estimate(), percent);
                } else {
                    cell(sheet, r, 4, SwedishFormat.SYMBOL_SUPPRESSED, symbol);
                }
                if (publication == SmallAreaRule.Publication.WITHHELD) {
                    cell(sheet, r, 5, SwedishFormat.SYMBOL_SUPPRESSED, symbol);
                    cell(sheet, r, 6, SwedishFormat.SYMBOL_SUPPRESSED, symbol);
                } else {
                    number(sheet, r, 5, row.ciLow(), percent);
                    number(sheet, r, 6, row.ciHigh(), percent);
                }
                cell(sheet, r, 9, texts.get("sae18b.sheet.publication." + publication.code()), null);
                cell(sheet, r, 7, texts.get("sae.sheet.method." + row.method()), null);
                if (row.n() != null && row.modelY() != null) {
                    number(sheet, r, 8, row.n(), count);
                }
                r++;
            }
        }
        r++;
        for (int i = 1; texts.find("sae.sheet.note." + i).isPresent(); i++) {
            cell(sheet, r++, 0, texts.get("sae.sheet.note." + i, year), null);
        }
        SmallAreaRule rule = chapter.rule();
        if (Double.isFinite(rule.bandMax())) {
            cell(sheet, r++, 0, texts.get("sae18b.sheet.note.rule", Math.round(100 * rule.shownMax()),
                    Math.round(100 * rule.bandMax()), year), null);
        }
        int[] widths = {26, 10, 18, 22, 11, 11, 11, 22, 11, 24};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 3);
    }

    private static CellStyle style(Workbook wb, boolean bold, boolean border) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(bold);
        s.setFont(f);
        if (border) {
            s.setWrapText(true);
            s.setBorderBottom(BorderStyle.THIN);
        }
        return s;
    }

    private static void cell(Sheet sheet, int r, int c, String value, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Sheet sheet, int r, int c, double value, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }
}
