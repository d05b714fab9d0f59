package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import se.hrvstat.batch.PipelineRunner;
import se.hrvstat.batch.RunParameters;
import se.hrvstat.municipal.SampleMunicipalYear;
import se.hrvstat.result.CaseCount;
import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.SharedAnnualRun;
import se.hrvstat.testsupport.Store;

/**
 * The publications with {@code disclosure.method=cellkey} (a copy of jobs/ with only that line
 * changed; D = 3 as shipped), published by the publish job on a copy of the store of the shared
 * annual run of the 0.1 sample (the setting acts in the publish stage only, its step and the fact
 * sheets; before issue 16 a whole annual run under cellkey): the municipality table of known persons as the workbook and the PX
 * file publish it. Every count of a municipality that returned is printed (no ".."), within D of
 * its true count summed here from the generated returns, 0 exactly when the true count is 0, and
 * the workbook and the PX file print the same figure for every cell.
 */
class CellKeyPublicationTest {
    private static final int D = 3;
    private static final List<String> SECTORS = List.of("socialtjanst", "skola", "halso_sjukvard", "ovrigt");

    @TempDir
    Path temp;

    @Test
    void theWorkbookAndThePxFilePublishTheSamePerturbedCountsWithinDOfTheTruth() throws Exception {
        // disclosure.method acts in the publish stage only (the publish step and the fact sheets): the
        // publish job under cellkey on a copy of the store of the mvn run's shared annual run (issue 16)
        SharedAnnualRun shared = SharedAnnualRun.of(Store.H2);
        Path data = shared.data();
        Path jobs = cellKeyJobs();
        Path out = temp.resolve("out");
        try (ConfigurableApplicationContext app = Pipeline.start(shared.databaseCopy(temp.resolve("db")), jobs)) {
            assertThat(app.getBean(PipelineRunner.class).run("publish", new RunParameters(2024, data, out, 0)).getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
        }
        Map<String, Long> truth = trueCounts(data);
        Map<String, String> workbook = workbookCells(out.resolve("2024/tabeller-2024.xlsx"));
        PxParser.Px px = PxParser.parse(Files.readString(out.resolve("2024/px/kanda-personer-kommun-2024.px"),
                pxCharset(out.resolve("2024/px/kanda-personer-kommun-2024.px"))));
        List<String> municipalities = px.values(px.get("STUB").get(0));
        int compared = 0;
        int changed = 0;
        int small = 0;
        for (int r = 0; r < municipalities.size(); r++) {
            String kod = municipalities.get(r).substring(0, 4);
            for (int c = 0; c <= SECTORS.size(); c++) {
                String key = kod + "|" + (c < SECTORS.size() ? SECTORS.get(c) : "*");
                String inPx = px.cell(r, c);
                String inWorkbook = workbook.get(key);
                Long t = truth.get(key);
                if (t == null) {
                    assertThat(inWorkbook).as(key + " not returned").isEqualTo("–");
                    assertThat(inPx).as(key).isEqualTo("..");
                    continue;
                }
                assertThat(inWorkbook).as(key + ": workbook and PX").isEqualTo(inPx);
                long published = Long.parseLong(inPx);
                assertThat(Math.abs(published - t)).as(key + " within D of " + t).isLessThanOrEqualTo(D);
                assertThat(published == 0).as(key + ": 0 exactly when truly 0").isEqualTo(t == 0);
                compared++;
                changed += published != t ? 1 : 0;
                small += t >= 1 && t <= 4 ? 1 : 0;
            }
        }
        assertThat(compared).isEqualTo(truth.size());
        assertThat(small).as("true counts of 1-4 are published, not hidden").isPositive();
        assertThat(changed).isPositive();
        assertThat(String.join(" ", px.get("NOTE"))).contains("högst " + D);
        theMethodChapterAndTheProfilesDescribeTheAdjustmentNotSuppression(out.resolve("2024"));
    }

    /**
     * The same run's words: section 4.4 of the method chapter (web edition and PDF) describes the
     * Cell Key Method with D = 3 from the settings and says nothing of suppression; every municipal
     * profile (web and PDF) carries the tables' note on adjusted counts and no legend of a
     * suppressed count.
     */
    private static void theMethodChapterAndTheProfilesDescribeTheAdjustmentNotSuppression(Path year) throws Exception {
        Texts texts = Texts.load(Path.of("report-templates"));
        String method = Files.readString(year.resolve("webb/metod.html"));
        String section = method.substring(method.indexOf("4.4 Röjandekontroll"), method.indexOf("4.5 Upplysningar"));
        assertThat(section).contains("cell key-metoden", "med högst " + D, "Ett verkligt 0 redovisas alltid som 0",
                "delarna inte summera till totalen").doesNotContain("undertryck", "sekundär", "Antal personer från 1");
        String report = pdfText(year.resolve("rapport-2024.pdf"));
        String chapter = report.substring(report.lastIndexOf("4.4 Röjandekontroll"), report.lastIndexOf("4.5 Upplysningar"));
        assertThat(chapter).contains("cell key-metoden", "med högst " + D).doesNotContain("undertryck");
        String note = texts.get("municipal.note.cellkey", D);
        int profiles = 0;
        try (Stream<Path> pages = Files.list(year.resolve("webb/kommun"))) {
            for (Path page : pages.toList()) {
                String html = Files.readString(page);
                assertThat(html).as(page.toString()).contains(note).doesNotContain(texts.get("legend.suppressed"));
                profiles++;
            }
        }
        assertThat(profiles).isPositive();
        try (Stream<Path> sheets = Files.list(year.resolve("faktablad"))) {
            Path first = sheets.sorted().findFirst().orElseThrow();
            assertThat(pdfText(first)).as(first.toString()).contains("cell key-metoden", "högst " + D)
                    .doesNotContain("röjanderisk (undertryckt)");
        }
    }

    /** A PDF's text with its lines joined by single spaces (a sentence may break across lines). */
    private static String pdfText(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** jobs/ copied with disclosure.method=cellkey. */
    private Path cellKeyJobs() throws Exception {
        Path jobs = Pipeline.jobsCopy(temp);
        Path settings = jobs.resolve("disclosure.properties");
        String text = Files.readString(settings);
        assertThat(text).contains("\ndisclosure.method=suppression\n");
        Files.writeString(settings, text.replace("\ndisclosure.method=suppression\n", "\ndisclosure.method=cellkey\n"));
        return jobs;
    }

    /** kommunkod|sector and kommunkod|* to the true persons of the latest returns. */
    private static Map<String, Long> trueCounts(Path data) {
        Map<String, Long> t = new HashMap<>();
        for (CaseCount c : SampleMunicipalYear.read(data, 2024).cases()) {
            long v = c.measure().equals("personer") ? c.value() : 0;
            t.merge(c.kommunkod() + "|" + c.sector(), v, Long::sum);
            t.merge(c.kommunkod() + "|*", v, Long::sum);
        }
        return t;
    }

    /**
     * The municipality table's sheet (the one whose title is that of kanda-personer-kommun-2024):
     * kommunkod|sector to the printed text (a whole number, ".." or "–").
     */
    private static Map<String, String> workbookCells(Path file) throws Exception {
        String title = Texts.load(Path.of("report-templates")).get("municipal.persons.municipality.title", 2024);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet sheet : wb) {
                if (!hasText(sheet, title)) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (Row row : sheet) {
                    Cell stub = row.getCell(row.getFirstCellNum());
                    if (stub == null || stub.getCellType() != CellType.STRING
                            || !stub.getStringCellValue().matches("\\d{4} .*")) {
                        continue;
                    }
                    String kod = stub.getStringCellValue().substring(0, 4);
                    for (int c = 0; c <= SECTORS.size(); c++) {
                        cells.put(kod + "|" + (c < SECTORS.size() ? SECTORS.get(c) : "*"),
                                text(row.getCell(stub.getColumnIndex() + 1 + c)));
                    }
                }
                if (!cells.isEmpty()) { // not the contents sheet, which lists the title too
                    return cells;
                }
            }
        }
        throw new AssertionError("no sheet titled " + title);
    }

    private static boolean hasText(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell c : row) {
                // the workbook numbers its tables: "Tabell 3.3. <title>"
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().endsWith(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String text(Cell c) {
        if (c.getCellType() == CellType.NUMERIC) {
            double v = c.getNumericCellValue();
            assertThat(v).as("a whole number").isEqualTo(Math.rint(v));
            return Long.toString((long) v);
        }
        return c.getStringCellValue();
    }

    private static java.nio.charset.Charset pxCharset(Path file) throws Exception {
        String head = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return head.contains("CODEPAGE=\"utf-8\"") || head.contains("CODEPAGE=\"UTF-8\"") ? StandardCharsets.UTF_8
                : java.nio.charset.Charset.forName("windows-1252");
    }
}
