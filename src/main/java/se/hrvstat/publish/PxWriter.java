package se.hrvstat.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.StatTable;

/**
 * Writes the PX files of a publication (for PxWeb) into a folder, normally {@code OUT/<year>/px/}:
 * one file per table family of the survey ({@link SurveyPxTables}: level estimates and changes, per
 * breakdown) and one per {@link StatTable} of the report (municipal mapping, efforts).
 *
 * <p>Every file declares {@code CHARSET="ANSI"}, {@code AXIS-VERSION="2013"} and
 * {@code CODEPAGE="utf-8"} and is written in UTF-8 without byte order mark, as PxWeb reads
 * UTF-8 files (Statistics Finland's PxWeb tables are written this way); {@code LANGUAGE="sv"}.
 * Suppressed and missing cells are the dot code {@code ".."}; uncertain cells carry a
 * {@code DATANOTECELL} with the symbol {@code *}, explained in the file's {@code NOTE}.
 * Files are written atomically ({@link AtomicFiles}). Thread safe (immutable).
 */
public final class PxWriter {

    /** Subject of every file: the centre's statistics area. */
    static final String SUBJECT_CODE = "HRV";
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyyMMdd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));
    private final Texts texts;

    /** Takes its words from {@code report-templates/} in the working directory, else from the jar. */
    public PxWriter() {
        this(PdfReportWriter.DEFAULT_TEMPLATES);
    }

    /** Takes its words from {@code templatesDir}, else from the jar. */
    public PxWriter(Path templatesDir) {
        this.texts = Texts.load(templatesDir);
    }

    /** Writes every PX file of {@code report} into {@code folder}; returns the files written, in order. */
    public List<Path> write(AnnualReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files(report).entrySet()) {
            Path target = folder.resolve(file.getKey());
            AtomicFiles.write(target, tmp -> Files.writeString(tmp, file.getValue(), StandardCharsets.UTF_8));
            written.add(target);
        }
        return written;
    }

    /** File name to PX text, survey tables first, then the report's StatTables in their order. */
    Map<String, String> files(AnnualReport report) {
        Map<String, String> files = new LinkedHashMap<>();
        String created = created(report.createdAt());
        files.putAll(new SurveyPxTables(report, created, texts).files());
        for (StatTable table : report.tables()) {
            String name = safeName(table.id()) + ".px";
            if (files.containsKey(name)) {
                throw new IllegalArgumentException("two tables would both be written as PX file " + name);
            }
            files.put(name, statTable(table, created, texts));
        }
        return files;
    }

    static String created(Instant createdAt) {
        return CREATED.format(createdAt == null ? Instant.EPOCH : createdAt);
    }

    /**
     * When the next edition is due: {@code px.next.update} (month, day and time, {@code MMdd HH:mm})
     * in the year after the file was made, in the PX date form {@code CCYYMMDD hh:mm}.
     */
    static String nextUpdate(String created, Texts texts) {
        return (Integer.parseInt(created.substring(0, 4)) + 1) + texts.get("px.next.update");
    }

    /**
     * The keywords of a file without a content variable that say when it was last updated, whom
     * to ask and where the figures come from: {@code LAST-UPDATED} (the run's date), {@code CONTACT}
     * ({@link PublicationContact}), {@code SOURCE}.
     */
    static PxFile provenance(PxFile px, String created, String source, Texts texts) {
        return px.text("LAST-UPDATED", created)
                .text("CONTACT", PublicationContact.of(texts))
                .text("SOURCE", source);
    }

    /** The head shared by every file: character set, version, language, date, subject ({@code px.subject.area}). */
    static PxFile head(String created, int decimals, int showDecimals, String matrix, Texts texts) {
        return new PxFile()
                .text("CHARSET", "ANSI")
                .text("AXIS-VERSION", "2013")
                .text("CODEPAGE", "utf-8")
                .text("LANGUAGE", "sv")
                .text("CREATION-DATE", created)
                .text("NEXT-UPDATE", nextUpdate(created, texts))
                .number("DECIMALS", List.of(), decimals)
                .number("SHOWDECIMALS", List.of(), showDecimals)
                .text("MATRIX", matrix)
                .text("SUBJECT-CODE", SUBJECT_CODE)
                .text("SUBJECT-AREA", texts.get("px.subject.area"));
    }

    /**
     * One StatTable: stub and heading as in the table, ".." for withheld cells, each column's
     * values with that column's decimals. DECIMALS is the most decimals of any column,
     * SHOWDECIMALS the fewest, and a column that shows more has {@code PRECISION("heading
     * title","column")} (SCB, PX keywords "Nyckelord med kod eller siffror": PRECISION gives one
     * value of a variable decimals that differ from SHOWDECIMALS; DECIMALS is 0..15, SHOWDECIMALS
     * 0..6).
     */
    static String statTable(StatTable t, String created, Texts texts) {
        int decimals = t.decimals().stream().mapToInt(Integer::intValue).max().orElse(0);
        int shown = Math.min(6, t.decimals().stream().mapToInt(Integer::intValue).min().orElse(0));
        PxFile px = head(created, decimals, shown, safeName(t.id()).toUpperCase(java.util.Locale.ROOT), texts)
                .text("TITLE", t.title())
                .text("CONTENTS", t.title())
                .text("UNITS", t.unit())
                .texts("STUB", List.of(), List.of(t.stubTitle()))
                .texts("HEADING", List.of(), List.of(t.headingTitle()))
                .texts("VALUES", List.of(t.stubTitle()), t.stub())
                .texts("VALUES", List.of(t.headingTitle()), t.heading());
        List<String> codes = leadingCodes(t.stub());
        if (codes != null) {
            px.texts("CODES", List.of(t.stubTitle()), codes);
        }
        for (int c = 0; c < t.heading().size(); c++) {
            if (t.decimals(c) > shown) {
                px.number("PRECISION", List.of(t.headingTitle(), t.heading().get(c)), t.decimals(c));
            }
        }
        provenance(px, created, t.source(), texts);
        List<String> notes = new ArrayList<>(t.footnotes());
        notes.add(texts.get("px.note.symbols"));
        px.text("NOTE", String.join(" ", notes));
        List<String> cells = new ArrayList<>();
        for (int r = 0; r < t.stub().size(); r++) {
            for (int c = 0; c < t.heading().size(); c++) {
                StatTable.Cell cell = t.cells().get(r).get(c);
                cells.add(cell.value() == null ? "\"..\"" : number(cell.value(), t.decimals(c)));
                if (cell.status() == StatTable.Status.UNCERTAIN) {
                    px.text("DATANOTECELL", List.of(t.stub().get(r), t.heading().get(c)), SwedishFormat.SYMBOL_UNCERTAIN);
                }
            }
        }
        return px.data(cells, t.heading().size()).toString();
    }

    /**
     * Codes of stub labels that all begin with a numeric code and a space ({@code "0180 Stockholm"},
     * {@code "01 Stockholms län"}), else null.
     */
    static List<String> leadingCodes(List<String> labels) {
        List<String> codes = new ArrayList<>();
        for (String label : labels) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{2,6}) \\S.*").matcher(label);
            if (!m.matches()) {
                return null;
            }
            codes.add(m.group(1));
        }
        return codes.isEmpty() || codes.stream().distinct().count() != codes.size() ? null : codes;
    }

    /** A number with {@code decimals} decimals, point as decimal separator, rounded half up (PX DATA syntax). */
    static String number(double value, int decimals) {
        return new java.math.BigDecimal(Double.toString(value)).setScale(decimals, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** A file-safe lower-case name: letters a–z, digits and dashes (å ä ö become a a o). */
    static String safeName(String s) {
        String ascii = s.toLowerCase(java.util.Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                .replace('é', 'e');
        String safe = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (safe.isEmpty()) {
            throw new IllegalArgumentException("no file name can be made from table id '" + s + "'");
        }
        return safe;
    }
}
